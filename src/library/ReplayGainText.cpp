#include "library/ReplayGainText.h"

namespace liner::library {

std::optional<double> replayGainValue(const QString& text)
{
    bool ok = false;
    const double value =
        QString(text).remove(QStringLiteral("dB"), Qt::CaseInsensitive).trimmed().toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace liner::library
