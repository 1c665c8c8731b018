// liner-render-demo OUTDIR: renders the bundled demo album at build time.
#include "demo/DemoAlbum.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char** argv)
{
    // The application object lets Qt find its image plugins (JPEG) the standard way.
    const QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: liner-render-demo OUTDIR\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const QString error =
        liner::demo::renderDemoAlbum(outDir, [&err](const QString& path, qint64 frames, qint64 ms) {
            err << "wrote " << path << " (" << frames << " frames, " << ms << " ms)\n";
            err.flush();
        });
    if (!error.isEmpty()) {
        err << "liner-render-demo: " << error << '\n';
        return 1;
    }
    err << "rendered the demo album in " << timer.elapsed() << " ms\n";
    return 0;
}
