#include "notes/MoodFace.h"

#include <QSet>

namespace liner::notes {

namespace {

// Words a writer uses for each face, case-folded. "Warm" and "calm" belong to neither: a ballad
// and an anthem can both be warm.
const QSet<QString>& balladMoods()
{
    static const QSet<QString> moods = {
        QStringLiteral("tender"),      QStringLiteral("longing"),     QStringLiteral("bittersweet"),
        QStringLiteral("sorrowful"),   QStringLiteral("sad"),         QStringLiteral("melancholy"),
        QStringLiteral("melancholic"), QStringLiteral("devoted"),     QStringLiteral("wistful"),
        QStringLiteral("yearning"),    QStringLiteral("heartbroken"), QStringLiteral("heartbreak"),
        QStringLiteral("lonely"),      QStringLiteral("nostalgic"),   QStringLiteral("mournful"),
        QStringLiteral("gentle"),      QStringLiteral("aching"),      QStringLiteral("tearful"),
        QStringLiteral("somber"),      QStringLiteral("sombre"),      QStringLiteral("애절한"),
        QStringLiteral("애절"),        QStringLiteral("슬픈"),        QStringLiteral("슬픔"),
        QStringLiteral("그리움"),      QStringLiteral("아련한"),      QStringLiteral("잔잔한"),
        QStringLiteral("쓸쓸한"),      QStringLiteral("서정적"),      QStringLiteral("감성적"),
        QStringLiteral("눈물"),
    };
    return moods;
}

const QSet<QString>& anthemMoods()
{
    static const QSet<QString> moods = {
        QStringLiteral("playful"),    QStringLiteral("uplifting"),  QStringLiteral("proud"),
        QStringLiteral("hopeful"),    QStringLiteral("joyful"),     QStringLiteral("bright"),
        QStringLiteral("happy"),      QStringLiteral("cheerful"),   QStringLiteral("energetic"),
        QStringLiteral("upbeat"),     QStringLiteral("triumphant"), QStringLiteral("exciting"),
        QStringLiteral("excited"),    QStringLiteral("fun"),        QStringLiteral("lively"),
        QStringLiteral("driven"),     QStringLiteral("festive"),    QStringLiteral("confident"),
        QStringLiteral("fluttering"), QStringLiteral("신나는"),     QStringLiteral("밝은"),
        QStringLiteral("경쾌한"),     QStringLiteral("희망찬"),     QStringLiteral("설렘"),
        QStringLiteral("설레는"),     QStringLiteral("행복한"),     QStringLiteral("유쾌한"),
        QStringLiteral("당당한"),
    };
    return moods;
}

} // namespace

Face faceOfMoods(const QStringList& moods)
{
    for (const QString& mood : moods) {
        const QString folded = mood.trimmed().toCaseFolded();
        if (balladMoods().contains(folded))
            return Face::Ballad;
        if (anthemMoods().contains(folded))
            return Face::Anthem;
    }
    return Face::Unknown;
}

} // namespace liner::notes
