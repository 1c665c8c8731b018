#include "demo/FixtureWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace liner::demo;

// Writes the audio seeds of fuzz_tagreader and fuzz_decoder: a twentieth of a second in every
// format, tagged, each prefixed with the byte that makes the fuzz target name it by its extension.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: liner-fuzz-seeds FOLDER\n");
        return 2;
    }
    const QStringList order{QStringLiteral("flac"), QStringLiteral("wav"), QStringLiteral("mp3"),
                            QStringLiteral("m4a"),  QStringLiteral("ogg"), QStringLiteral("opus"),
                            QStringLiteral("wv"),   QStringLiteral("aiff")};
    QTemporaryDir scratch;
    QDir().mkpath(QString::fromLocal8Bit(argv[1]));
    for (const FixtureFormat format : allFixtureFormats()) {
        FixtureTags tags;
        tags.title = QStringLiteral("눈물의 여왕");
        tags.artist = QStringLiteral("Liner");
        tags.trackNumber = 1;
        tags.lyrics = QStringLiteral("[00:00.05]하나");
        const QString name = formatName(format).toLower() + u'.' + fileExtension(format);
        const QString path = scratch.filePath(name);
        const QString error = writeFixture(path, format, fixtureSignal(44100, 2, 2205), tags);
        QFile written(path);
        if (!error.isEmpty() || !written.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(error));
            return 1;
        }
        QFile seed(QDir(QString::fromLocal8Bit(argv[1])).filePath(name));
        if (!seed.open(QIODevice::WriteOnly))
            return 1;
        seed.write(QByteArray(1, char(order.indexOf(fileExtension(format)))) + written.readAll());
    }
    return 0;
}
