#include "common/MatchKey.h"

#include <QList>

namespace liner {

QString matchKey(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    // By code point, so letters outside the BMP (CJK extension B) are not dropped as surrogates.
    for (const uint c : folded.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
            key.append(QChar::fromUcs4(c));
    }
    // A title made only of symbols ("★") still deserves to match itself.
    return key.isEmpty() ? folded.simplified() : key;
}

} // namespace liner
