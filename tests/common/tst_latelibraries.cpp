#include "common/LateLibraries.h"

#include <QTest>
#include <cmath>

using namespace liner;

// The loader FFmpeg and aubio come through, on a library every system has: the C maths library.
class TestLateLibraries : public QObject
{
    Q_OBJECT

private slots:
    void resolvesTypedFunctions()
    {
        double (*cosine)(double) = nullptr;
        {
            common::LateLibraries libraries({"libm.so.6"});
            libraries.resolve("cos", cosine);
            QCOMPARE(libraries.error(), QString());
        }
        // Called after the loader is gone, as FFmpeg's functions are (tst_ffmpegloading plays
        // through them).
        QVERIFY(cosine != nullptr);
        QCOMPARE(cosine(0.0), 1.0);
        QCOMPARE(cosine(M_PI), -1.0);
    }

    void namesWhatIsMissing()
    {
        common::LateLibraries libraries({"libm.so.6"});
        double (*missing)(double) = nullptr;
        libraries.resolve("liner_no_such_function", missing);
        QVERIFY(missing == nullptr);
        QVERIFY2(libraries.error().contains(QStringLiteral("liner_no_such_function")),
                 qPrintable(libraries.error()));
    }

    void saysWhichLibraryIsNotThere()
    {
        common::LateLibraries libraries({"libm.so.6", "libliner-not-installed.so.1"});
        double (*cosine)(double) = nullptr;
        libraries.resolve("cos", cosine);
        QVERIFY2(libraries.error().contains(QStringLiteral("libliner-not-installed.so.1")),
                 qPrintable(libraries.error()));
    }
};

QTEST_GUILESS_MAIN(TestLateLibraries)
#include "tst_latelibraries.moc"
