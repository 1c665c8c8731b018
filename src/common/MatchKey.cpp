#include "common/MatchKey.h"

#include <QList>
#include <algorithm>

namespace liner {

QString matchKey(QStringView text)
{
    // ASCII needs no normalizing, and folding its case is lowering it: most titles and names are
    // keyed here without the three copies below.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        QString key;
        key.reserve(text.size());
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                key.append(c.toLower());
        }
        return key.isEmpty() ? text.toString().toLower().simplified() : key;
    }
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
