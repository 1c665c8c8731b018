#include "gui/EmotionalArcView.h"

#include "analysis/TrackCharacter.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace liner::gui {

namespace {

constexpr double kSlowBpm = 50.0;
constexpr double kFastBpm = 170.0;
constexpr double kRadius = 6.0;
constexpr double kPlayingRadius = 8.5;
constexpr int kLegendHeight = 22;
constexpr int kNumbersHeight = 18;
constexpr int kSideMargin = 14;
// Between two markers, and between two numbers.
constexpr double kMarkerGap = 2.0;

QFont numbersFont(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

QString faceName(notes::Face face)
{
    switch (face) {
    case notes::Face::Ballad:
        return EmotionalArcView::tr("tender ballad");
    case notes::Face::Anthem:
        return EmotionalArcView::tr("bright anthem");
    case notes::Face::Unknown:
        break;
    }
    return EmotionalArcView::tr("not yet analysed");
}

} // namespace

std::optional<double> ArcPoint::intensity() const
{
    if (!energy || !tempoBpm)
        return std::nullopt;
    const double tempo = std::clamp((*tempoBpm - kSlowBpm) / (kFastBpm - kSlowBpm), 0.0, 1.0);
    return (std::clamp(*energy, 0.0, 1.0) + tempo) / 2.0;
}

ArcPoint arcPointFor(const library::Track& track, const notes::TrackNotes& notes,
                     const analysis::TrackAnalysis* analysis)
{
    ArcPoint point;
    point.number = track.trackNumber;
    point.title = track.displayTitle();
    const QStringList moods =
        notes.moods.isEmpty() && !track.mood.isEmpty() ? QStringList{track.mood} : notes.moods;
    const bool measured = analysis != nullptr && analysis->isValid();
    if (measured) {
        point.tempoBpm = analysis->tempoBpm;
        point.energy = analysis->energy;
        if (analysis->key)
            point.key = analysis->key->name();
    }
    point.face = notes::faceOfMoods(moods);
    point.mood = moods.value(0);
    if (point.face == notes::Face::Unknown && measured) {
        point.face = analysis::faceOf(*analysis);
        if (moods.isEmpty()) {
            point.mood = analysis::suggestedMood(*analysis);
            point.suggested = true;
        }
    }
    return point;
}

EmotionalArcView::EmotionalArcView(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("The album's emotional arc"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QColor EmotionalArcView::faceColour(notes::Face face)
{
    switch (face) {
    case notes::Face::Ballad:
        return {0x5b, 0x80, 0xcc}; // the blue of tears
    case notes::Face::Anthem:
        return {0xee, 0x9d, 0x2c}; // warm, sunlit amber
    case notes::Face::Unknown:
        break;
    }
    return {0x9a, 0x9a, 0x9a};
}

void EmotionalArcView::setPoints(const QList<ArcPoint>& points)
{
    m_points = points;
    update();
}

void EmotionalArcView::setPlayingRow(int row)
{
    if (row == m_playingRow)
        return;
    m_playingRow = row;
    update();
}

QSize EmotionalArcView::sizeHint() const
{
    return {420, 150};
}

QSize EmotionalArcView::minimumSizeHint() const
{
    return {220, 110};
}

QRectF EmotionalArcView::plotArea() const
{
    return QRectF(kSideMargin, kLegendHeight + kPlayingRadius, width() - 2.0 * kSideMargin,
                  height() - kLegendHeight - kNumbersHeight - 2.0 * kPlayingRadius);
}

QPointF EmotionalArcView::pointPosition(int row) const
{
    const QRectF area = plotArea();
    const double step = area.width() / std::max<qsizetype>(1, m_points.size());
    const double x = area.left() + (row + 0.5) * step;
    const std::optional<double> intensity = m_points.at(row).intensity();
    return {x, area.bottom() - intensity.value_or(0.5) * area.height()};
}

int EmotionalArcView::markedStride() const
{
    if (m_points.isEmpty())
        return 1;
    int widest = 0;
    for (int row = 0; row < m_points.size(); ++row)
        widest = std::max(widest, m_points.at(row).number > 0 ? m_points.at(row).number : row + 1);
    const double number =
        QFontMetricsF(numbersFont(font())).horizontalAdvance(QString::number(widest));
    const double room = std::max(2.0 * kRadius, number) + kMarkerGap;
    const double step = plotArea().width() / double(m_points.size());
    for (int stride = 1;; stride *= 10) {
        for (const int nice : {stride, 2 * stride, 5 * stride}) {
            if (nice * step >= room || nice >= m_points.size())
                return nice;
        }
    }
}

QList<int> EmotionalArcView::markedRows() const
{
    return markedRows(markedStride());
}

QList<int> EmotionalArcView::markedRows(int stride) const
{
    const bool playing = m_playingRow >= 0 && m_playingRow < m_points.size();
    QList<int> rows;
    for (int row = stride - 1; row < m_points.size(); row += stride) {
        // The playing row is always marked; the marks within a stride of it make room.
        if (!playing || std::abs(row - m_playingRow) >= stride)
            rows << row;
    }
    if (playing)
        rows.insert(std::ranges::lower_bound(rows, m_playingRow) - rows.begin(), m_playingRow);
    return rows;
}

int EmotionalArcView::rowAt(const QPointF& position) const
{
    if (m_points.isEmpty())
        return -1;
    int best = -1;
    double bestDistance = kPlayingRadius * 2.0;
    // Only the rows near enough across: a folder of thousands of tracks asks about a few.
    const QRectF area = plotArea();
    const double step = area.width() / double(m_points.size());
    const auto rowNear = [&](double x) {
        return int(std::clamp((x - area.left()) / step - 0.5, 0.0, double(m_points.size() - 1)));
    };
    const int first = rowNear(position.x() - bestDistance);
    const int last = std::min(int(m_points.size()) - 1, rowNear(position.x() + bestDistance) + 1);
    for (int row = first; row <= last; ++row) {
        const QPointF delta = pointPosition(row) - position;
        const double distance = std::hypot(delta.x(), delta.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = row;
        }
    }
    return best;
}

QString EmotionalArcView::describe(int row) const
{
    const ArcPoint& point = m_points.at(row);
    QStringList facts{faceName(point.face)};
    if (point.tempoBpm)
        facts << tr("%1 BPM").arg(std::lround(*point.tempoBpm));
    if (!point.key.isEmpty())
        facts << point.key;
    if (point.energy)
        facts << tr("energy %1").arg(QString::number(*point.energy, 'f', 2));
    const QString heading = point.number > 0
                                ? QStringLiteral("%1. %2").arg(point.number).arg(point.title)
                                : point.title;
    QString mood;
    if (point.suggested)
        mood = tr("Suggested mood: %1 (from the music; right-click to accept it)").arg(point.mood);
    else if (!point.mood.isEmpty())
        mood = tr("Mood: %1").arg(point.mood);
    return QStringLiteral("<b>%1</b><br>%2%3")
        .arg(heading.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped(),
             mood.isEmpty() ? QString() : QStringLiteral("<br>") + mood.toHtmlEscaped());
}

bool EmotionalArcView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), describe(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void EmotionalArcView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    const QColor text = colours.color(QPalette::WindowText);
    const QColor quiet = colours.color(QPalette::PlaceholderText);

    // The legend: the two faces, and what a hollow point means.
    const QFont small = numbersFont(font());
    painter.setFont(small);
    const QFontMetrics metrics(small);
    double x = kSideMargin;
    const double legendMiddle = kLegendHeight / 2.0;
    for (const notes::Face face : {notes::Face::Ballad, notes::Face::Anthem}) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(faceColour(face));
        painter.drawEllipse(QPointF(x + 5, legendMiddle), 5, 5);
        painter.setPen(text);
        const QString label = faceName(face);
        painter.drawText(QPointF(x + 14, legendMiddle + metrics.ascent() / 2.5), label);
        x += 14 + metrics.horizontalAdvance(label) + 16;
    }
    painter.setPen(QPen(quiet, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(x + 5, legendMiddle), 4.5, 4.5);
    painter.setPen(quiet);
    painter.drawText(QPointF(x + 14, legendMiddle + metrics.ascent() / 2.5), tr("suggested"));

    const QRectF area = plotArea();
    painter.setPen(QPen(quiet, 1, Qt::DotLine));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    if (m_points.isEmpty())
        return;

    // The arc: a smooth curve through the measured points, in running order; through every
    // stride's row where they are too many to tell apart.
    QList<QPointF> measured;
    const int stride = markedStride();
    for (int row = stride - 1; row < m_points.size(); row += stride) {
        if (m_points.at(row).intensity())
            measured << pointPosition(row);
    }
    if (measured.size() > 1) {
        QPainterPath path(measured.first());
        for (qsizetype i = 0; i + 1 < measured.size(); ++i) {
            const QPointF before = measured.value(i - 1, measured.at(i));
            const QPointF after = measured.value(i + 2, measured.at(i + 1));
            path.cubicTo(measured.at(i) + (measured.at(i + 1) - before) / 6.0,
                         measured.at(i + 1) - (after - measured.at(i)) / 6.0, measured.at(i + 1));
        }
        QColor line = text;
        line.setAlphaF(0.35);
        painter.setPen(QPen(line, 2.0, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }

    for (const int row : markedRows(stride)) {
        const ArcPoint& point = m_points.at(row);
        const QPointF at = pointPosition(row);
        const QColor colour = faceColour(point.face);
        const bool playing = row == m_playingRow;
        const double radius = playing ? kPlayingRadius : kRadius;
        if (playing) {
            painter.setPen(QPen(text, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, radius + 3.5, radius + 3.5);
        }
        if (point.suggested || !point.intensity()) {
            painter.setPen(QPen(colour, 2.0, point.intensity() ? Qt::SolidLine : Qt::DotLine));
            painter.setBrush(colours.brush(QPalette::Base));
        } else {
            painter.setPen(QPen(colour.darker(125), 1.0));
            painter.setBrush(colour);
        }
        painter.drawEllipse(at, radius, radius);
        painter.setPen(playing ? text : quiet);
        const QString number = QString::number(point.number > 0 ? point.number : row + 1);
        // Under its marker, but kept inside the view: the last of 10,000 is five digits wide.
        const double half = metrics.horizontalAdvance(number) / 2.0;
        const double centre = std::clamp(at.x(), half, std::max(half, width() - half));
        painter.drawText(QRectF(centre - 20, height() - kNumbersHeight, 40, kNumbersHeight),
                         Qt::AlignCenter, number);
    }
}

void EmotionalArcView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const int row = rowAt(event->position()); row >= 0) {
            emit playRequested(row);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void EmotionalArcView::contextMenuEvent(QContextMenuEvent* event)
{
    const int row = rowAt(event->pos());
    if (row < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Play"), this, [this, row] { emit playRequested(row); });
    const ArcPoint& point = m_points.at(row);
    if (point.suggested && !point.mood.isEmpty())
        menu.addAction(tr("Accept Suggested Mood “%1”").arg(point.mood), this,
                       [this, row] { emit acceptSuggestionRequested(row); });
    menu.exec(event->globalPos());
}

} // namespace liner::gui
