#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace liner::testing {

// Runs the real `liner` binary as a user would, with no display.
struct LinerRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline LinerRun runLiner(const QStringList& arguments,
                         QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 600'000)
{
    QProcess process;
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LINER_BINARY), arguments);
    LinerRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace liner::testing
