#include "gui/LyricsView.h"

#include <QLabel>

namespace liner::gui {

LyricsView::LyricsView(QWidget* parent) : QListWidget(parent)
{
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 time = m_lyrics.lines().value(row(item)).timeMs;
        if (time >= 0)
            emit seekRequested(time);
    });
    connect(this, &QListWidget::itemClicked, this, &QListWidget::itemActivated);
}

void LyricsView::setLyrics(const notes::SyncedLyrics& lyrics)
{
    m_lyrics = lyrics;
    m_currentLine = -1;
    clear();
    for (const notes::LyricLine& line : m_lyrics.lines()) {
        auto* item = new QListWidgetItem(line.text, this);
        item->setTextAlignment(Qt::AlignCenter);
        if (line.layer > 0)
            item->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    if (m_lyrics.isEmpty())
        addItem(tr("No lyrics for this track."));
    setPosition(m_positionMs);
}

void LyricsView::setUserOffset(qint64 offsetMs)
{
    m_lyrics.applyUserOffset(offsetMs);
    const int previous = m_currentLine;
    m_currentLine = -1;
    highlight(previous, false);
    setPosition(m_positionMs);
}

void LyricsView::setPosition(qint64 positionMs)
{
    m_positionMs = positionMs;
    const int line = m_lyrics.currentLineIndex(positionMs);
    if (line != m_currentLine) {
        highlight(m_currentLine, false);
        m_currentLine = line;
        m_currentWord = -1;
        highlight(m_currentLine, true);
        if (line >= 0)
            scrollToItem(item(line), QAbstractItemView::PositionAtCenter);
    }
    showCurrentWord();
}

void LyricsView::showCurrentWord()
{
    const int word =
        m_currentLine >= 0 ? m_lyrics.currentWordIndex(m_currentLine, m_positionMs) : -1;
    if (word == m_currentWord)
        return;
    m_currentWord = word;
    if (m_currentLine < 0)
        return;
    // A line timed word by word is drawn as rich text with the sung word underlined.
    QString html;
    const QList<notes::LyricWord>& words = m_lyrics.lines().at(m_currentLine).words;
    for (int i = 0; i < words.size(); ++i) {
        const QString text = words.at(i).text.toHtmlEscaped();
        html += i == word ? QStringLiteral("<u>%1</u>").arg(text) : text;
    }
    auto* label = qobject_cast<QLabel*>(itemWidget(item(m_currentLine)));
    if (label == nullptr) {
        label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::RichText);
        label->setFont(item(m_currentLine)->font());
        setItemWidget(item(m_currentLine), label);
    }
    label->setText(QStringLiteral("<b>%1</b>").arg(html));
}

void LyricsView::highlight(int lineIndex, bool on)
{
    const QList<notes::LyricLine>& lines = m_lyrics.lines();
    if (lineIndex < 0 || lineIndex >= lines.size())
        return;
    // Every layer of the sung line shares its time.
    if (!on && !lines.at(lineIndex).words.isEmpty())
        removeItemWidget(item(lineIndex));
    for (int i = lineIndex; i < lines.size() && lines.at(i).timeMs == lines.at(lineIndex).timeMs;
         ++i) {
        QFont font = item(i)->font();
        font.setBold(on);
        font.setPointSizeF(QListWidget::font().pointSizeF() * (on ? 1.15 : 1.0));
        item(i)->setFont(font);
    }
}

} // namespace liner::gui
