#include "gui/LyricsFlow.h"

#include "gui/Typography.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>

namespace liner::gui {

namespace {

constexpr int kSideMargin = 8;
// How long a scroll by hand keeps the view from following the music.
constexpr qint64 kManualHoldMs = 4000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qreal lyricSize(int width)
{
    return std::clamp(width / 17.0, 20.0, 36.0);
}

} // namespace

LyricsFlow::LyricsFlow(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lyricsFlow"));
    setAccessibleName(tr("Lyrics"));
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_glide.setDuration(420);
    m_glide.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_offset = value.toReal();
        update();
    });
}

LyricsFlow::~LyricsFlow() = default;

void LyricsFlow::setLyrics(const notes::SyncedLyrics& lyrics)
{
    m_lyrics = lyrics;
    m_currentLine = -1;
    m_currentWord = -1;
    m_hoverLine = -1;
    m_manualUntilMs = -1;
    relayout();
    setPosition(m_positionMs);
    follow(false);
}

void LyricsFlow::setProse(const QString& prose)
{
    // Markdown to plain paragraphs: large type has no room for lists and emphasis.
    m_prose = typography::plainProse(prose).split(u'\n', Qt::SkipEmptyParts);
    if (m_lyrics.isEmpty()) {
        relayout();
        follow(false);
    }
}

void LyricsFlow::setUserOffset(qint64 offsetMs)
{
    m_lyrics.applyUserOffset(offsetMs);
    m_currentLine = -1;
    setPosition(m_positionMs);
}

void LyricsFlow::setDuration(qint64 durationMs)
{
    m_durationMs = durationMs;
}

void LyricsFlow::setColours(const CoverColours& colours)
{
    m_colours = colours;
    update();
}

void LyricsFlow::setPosition(qint64 positionMs)
{
    m_positionMs = positionMs;
    const int line = m_lyrics.currentLineIndex(positionMs);
    const int word = line >= 0 ? m_lyrics.currentWordIndex(line, positionMs) : -1;
    const bool moved = line != m_currentLine;
    if (moved || word != m_currentWord) {
        m_currentLine = line;
        m_currentWord = word;
        setAccessibleDescription(line >= 0 ? m_lyrics.lines().at(line).text : QString());
        update();
    }
    // Prose drifts with the track's progress; lyrics move when the sung line does.
    if (moved || m_lyrics.isEmpty())
        follow(true);
}

void LyricsFlow::relayout()
{
    m_blocks.clear();
    const qreal size = lyricSize(width());
    const qreal width = std::max(40, this->width() - 2 * kSideMargin);
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WordWrap);
    const auto add = [&](int line, const QString& text, const QFont& font, qreal gapBefore) {
        Block block;
        block.line = line;
        block.layout = std::make_unique<QTextLayout>(text, font);
        block.layout->setTextOption(option);
        block.layout->beginLayout();
        qreal y = 0;
        for (QTextLine row = block.layout->createLine(); row.isValid();
             row = block.layout->createLine()) {
            row.setLineWidth(width);
            row.setPosition(QPointF(0, y));
            y += row.height() * 1.05;
        }
        block.layout->endLayout();
        block.top = m_contentHeight + gapBefore;
        block.height = y;
        m_contentHeight = block.top + y;
        m_blocks.push_back(std::move(block));
    };
    m_contentHeight = 0;
    const QList<notes::LyricLine>& lines = m_lyrics.lines();
    if (!lines.isEmpty()) {
        const QFont main = typography::sansFont(size, QFont::Bold);
        const QFont layer = typography::sansFont(size * 0.6, QFont::Medium);
        for (int i = 0; i < lines.size(); ++i) {
            const notes::LyricLine& line = lines.at(i);
            const bool first = i == 0;
            add(i, line.text.isEmpty() ? QStringLiteral("♪") : line.text,
                line.layer > 0 ? layer : main,
                first            ? 0
                : line.layer > 0 ? size * 0.12
                                 : size * 0.55);
        }
    } else {
        const QFont prose = typography::proseFont(size * 0.8);
        for (const QString& paragraph : std::as_const(m_prose))
            add(-1, paragraph, prose, m_blocks.empty() ? 0 : size * 0.6);
    }
    update();
}

qreal LyricsFlow::targetOffset() const
{
    const qreal anchor = height() * 0.34;
    if (!m_lyrics.isEmpty()) {
        if (m_currentLine < 0 || !m_lyrics.isSynced())
            return m_lyrics.isSynced() ? -anchor + lyricSize(width()) : -kSideMargin;
        for (const Block& block : m_blocks) {
            if (block.line == m_currentLine)
                return block.top - anchor;
        }
        return 0;
    }
    // Prose: from its top at the start of the track to its end near the bottom at the end.
    const qreal travel = std::max(0.0, m_contentHeight - height() * 0.6);
    const qreal progress =
        m_durationMs > 0 ? std::clamp(double(m_positionMs) / m_durationMs, 0.0, 1.0) : 0.0;
    return -height() * 0.12 + travel * progress;
}

void LyricsFlow::follow(bool animate)
{
    if (m_manualUntilMs > now())
        return;
    const qreal target = targetOffset();
    if (std::abs(target - m_offset) < 0.5)
        return;
    if (!animate || !isVisible()) {
        m_glide.stop();
        m_offset = target;
        update();
        return;
    }
    if (m_glide.state() == QAbstractAnimation::Running && m_glide.endValue().toReal() == target)
        return;
    m_glide.stop();
    m_glide.setStartValue(m_offset);
    m_glide.setEndValue(target);
    m_glide.start();
}

QColor LyricsFlow::colourOf(const Block& block) const
{
    if (block.line < 0 || !m_lyrics.isSynced())
        return m_colours.text;
    const qint64 time = m_lyrics.lines().at(block.line).timeMs;
    const qint64 current =
        m_currentLine >= 0 ? m_lyrics.lines().at(m_currentLine).timeMs : qint64(-1);
    if (time == current)
        return m_colours.text;
    if (block.line == m_hoverLine)
        return m_colours.text;
    return time < current ? m_colours.dimText : m_colours.secondaryText;
}

void LyricsFlow::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal top = -m_offset;
    const qint64 currentTime =
        m_currentLine >= 0 ? m_lyrics.lines().at(m_currentLine).timeMs : qint64(-1);
    for (const Block& block : m_blocks) {
        const qreal y = top + block.top;
        if (y + block.height < 0 || y > height())
            continue;
        const QColor colour = colourOf(block);
        QList<QTextLayout::FormatRange> formats;
        QTextCharFormat base;
        base.setForeground(colour);
        formats.append({0, int(block.layout->text().size()), base});
        // A line timed word by word: the words sung so far bright, the rest waiting.
        if (block.line == m_currentLine && m_currentWord >= 0) {
            const QList<notes::LyricWord>& words = m_lyrics.lines().at(block.line).words;
            int sung = 0;
            for (int i = 0; i <= m_currentWord && i < words.size(); ++i)
                sung += int(words.at(i).text.size());
            QTextCharFormat waiting;
            waiting.setForeground(m_colours.secondaryText);
            formats.append({sung, int(block.layout->text().size()) - sung, waiting});
        }
        const bool layerOfCurrent = block.line >= 0 &&
                                    m_lyrics.lines().at(block.line).timeMs == currentTime &&
                                    block.line != m_currentLine;
        if (layerOfCurrent)
            formats.first().format.setForeground(m_colours.secondaryText);
        painter.setPen(colour);
        block.layout->draw(&painter, QPointF(kSideMargin, y), formats);
    }
    if (m_blocks.empty()) {
        painter.setPen(m_colours.secondaryText);
        painter.setFont(typography::sansFont(lyricSize(width()) * 0.7));
        painter.drawText(rect().adjusted(kSideMargin, 0, -kSideMargin, 0),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         tr("No lyrics or notes for this track."));
    }
}

int LyricsFlow::lineAt(const QPoint& point) const
{
    const qreal y = point.y() + m_offset;
    for (const Block& block : m_blocks) {
        if (block.line >= 0 && y >= block.top - 4 && y < block.top + block.height + 4)
            return block.line;
    }
    return -1;
}

QRect LyricsFlow::lineRect(int index) const
{
    for (const Block& block : m_blocks) {
        if (block.line == index)
            return QRectF(kSideMargin, block.top - m_offset, width() - 2 * kSideMargin,
                          block.height)
                .toAlignedRect();
    }
    return {};
}

void LyricsFlow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
    follow(false);
}

void LyricsFlow::mouseMoveEvent(QMouseEvent* event)
{
    const int line = m_lyrics.isSynced() ? lineAt(event->position().toPoint()) : -1;
    if (line != m_hoverLine) {
        m_hoverLine = line;
        setCursor(line >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void LyricsFlow::mouseReleaseEvent(QMouseEvent* event)
{
    const int line = lineAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && line >= 0 && m_lyrics.isSynced()) {
        m_manualUntilMs = -1;
        emit seekRequested(m_lyrics.lines().at(line).timeMs);
    }
    QWidget::mouseReleaseEvent(event);
}

void LyricsFlow::leaveEvent(QEvent* event)
{
    m_hoverLine = -1;
    update();
    QWidget::leaveEvent(event);
}

void LyricsFlow::wheelEvent(QWheelEvent* event)
{
    m_glide.stop();
    const qreal limit = std::max(0.0, m_contentHeight - height() * 0.3);
    m_offset = std::clamp(m_offset - event->angleDelta().y() / 2.0, -height() * 0.5, limit);
    m_manualUntilMs = now() + kManualHoldMs;
    update();
    event->accept();
}

} // namespace liner::gui
