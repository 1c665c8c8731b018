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

// `prefix` runs it through another command (e.g. one that drops privileges), `binary` names a
// copy of it to run instead.
inline LinerRun runLiner(const QStringList& arguments,
                         QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 600'000, const QStringList& prefix = {},
                         const QString& binary = QStringLiteral(LINER_BINARY))
{
    QProcess process;
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    if (prefix.isEmpty())
        process.start(binary, arguments);
    else
        process.start(prefix.first(), prefix.mid(1) << binary << arguments);
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
