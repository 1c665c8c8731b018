#include "gui/NowPlayingView.h"

#include "gui/LyricsFlow.h"
#include "gui/TimedNotesView.h"
#include "gui/Typography.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace liner::gui {

namespace {

// How far one press of Earlier/Later moves the lyrics.
constexpr qint64 kNudgeMs = 100;
// Below this width the cover goes above the lyrics.
constexpr int kSideBySideWidth = 820;
constexpr int kMinimumWidth = 480;
constexpr int kMinimumHeight = 360;

// The cover with rounded corners and a soft shadow, square, as large as it is made.
class CoverPicture : public QWidget
{
public:
    explicit CoverPicture(QWidget* parent) : QWidget(parent)
    {
        setAccessibleName(NowPlayingView::tr("Album cover"));
    }

    void setCover(const QImage& cover)
    {
        m_cover = cover;
        m_scaled = {};
        update();
    }

protected:
    void paintEvent(QPaintEvent* /*event*/) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF area = QRectF(rect()).adjusted(10, 6, -10, -14);
        for (int ring = 8; ring >= 1; --ring) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0, 0, 0, 6));
            painter.drawRoundedRect(area.adjusted(-ring, -ring + 6, ring, ring + 6), 10 + ring,
                                    10 + ring);
        }
        QPainterPath clip;
        clip.addRoundedRect(area, 10, 10);
        painter.setClipPath(clip);
        if (m_cover.isNull()) {
            painter.fillRect(area, palette().color(QPalette::Mid));
            painter.setPen(palette().color(QPalette::WindowText));
            QFont font = typography::sansFont(area.height() / 3);
            painter.setFont(font);
            painter.drawText(area, Qt::AlignCenter, QStringLiteral("♪"));
            return;
        }
        const qreal ratio = devicePixelRatioF();
        const QSize pixels = (area.size() * ratio).toSize();
        // Scaled once per size, not on every paint.
        if (m_scaled.size() != pixels) {
            m_scaled = QPixmap::fromImage(
                m_cover.scaled(pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(ratio);
        }
        painter.drawPixmap(area.topLeft(), m_scaled);
    }

private:
    QImage m_cover;
    QPixmap m_scaled;
};

QToolButton* flatButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

} // namespace

NowPlayingView::NowPlayingView(QWidget* parent)
    : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this)),
      m_coverPicture(new CoverPicture(this)), m_title(new QLabel(this)), m_artist(new QLabel(this)),
      m_album(new QLabel(this)), m_lyrics(new LyricsFlow(this)),
      m_timedNotes(new TimedNotesView(this)), m_placement(new QComboBox(this)),
      m_earlier(flatButton(tr("Earlier"), tr("Show lyrics 0.1 s earlier"), this)),
      m_later(flatButton(tr("Later"), tr("Show lyrics 0.1 s later"), this)),
      m_offset(new QLabel(this))
{
    setObjectName(QStringLiteral("nowPlayingView"));
    setAccessibleName(tr("Now playing"));
    setAutoFillBackground(false);
    m_title->setObjectName(QStringLiteral("nowPlayingTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setFont(typography::displayFont(34));
    m_artist->setObjectName(QStringLiteral("nowPlayingArtist"));
    m_artist->setWordWrap(true);
    m_artist->setFont(typography::sansFont(16));
    m_album->setObjectName(QStringLiteral("nowPlayingAlbum"));
    m_album->setWordWrap(true);
    m_album->setFont(typography::sansFont(14));
    m_album->setTextFormat(Qt::RichText);
    m_album->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_album->setCursor(Qt::PointingHandCursor);
    m_album->setAccessibleName(tr("Album"));
    m_offset->setObjectName(QStringLiteral("lyricsOffsetLabel"));
    m_offset->setAccessibleName(tr("Lyrics timing correction"));
    m_earlier->setObjectName(QStringLiteral("lyricsEarlierButton"));
    m_later->setObjectName(QStringLiteral("lyricsLaterButton"));
    m_timedNotes->setObjectName(QStringLiteral("timedNotesView"));
    m_timedNotes->setAccessibleName(tr("Timed notes"));
    m_timedNotes->setFrameShape(QFrame::NoFrame);
    m_timedNotes->viewport()->setAutoFillBackground(false);
    m_placement->setObjectName(QStringLiteral("timedNotesPlacement"));
    m_placement->setAccessibleName(tr("Where timed notes show"));
    m_placement->addItems({tr("Notes beside lyrics"), tr("Notes instead of lyrics")});
    // Text on the backdrop, as the timing buttons beside it are, not a white box.
    m_placement->setFrame(false);

    auto* details = new QVBoxLayout;
    details->setSpacing(0);
    details->addWidget(m_coverPicture, 0, Qt::AlignLeft);
    details->addSpacing(20);
    details->addWidget(m_title);
    details->addSpacing(8);
    details->addWidget(m_artist);
    details->addSpacing(4);
    details->addWidget(m_album);
    details->addStretch(1);

    auto* timing = new QHBoxLayout;
    timing->setSpacing(4);
    timing->addWidget(m_placement);
    timing->addStretch(1);
    timing->addWidget(m_earlier);
    timing->addWidget(m_offset);
    timing->addWidget(m_later);
    auto* words = new QVBoxLayout;
    words->setSpacing(8);
    words->addWidget(m_lyrics, 2);
    words->addWidget(m_timedNotes, 1);
    words->addLayout(timing);

    m_layout->addLayout(details, 0);
    m_layout->addLayout(words, 1);

    connect(m_lyrics, &LyricsFlow::seekRequested, this, &NowPlayingView::seekRequested);
    connect(m_timedNotes, &TimedNotesView::seekRequested, this, &NowPlayingView::seekRequested);
    connect(m_placement, &QComboBox::currentIndexChanged, this, [this](int index) {
        showCommentary();
        emit timedNotesPlacementChanged(index == 0);
    });
    connect(m_album, &QLabel::linkActivated, this, &NowPlayingView::albumRequested);
    connect(m_earlier, &QToolButton::clicked, this, [this] { nudge(kNudgeMs); });
    connect(m_later, &QToolButton::clicked, this, [this] { nudge(-kNudgeMs); });
    clear();
}

void NowPlayingView::showTrack(const TrackArt& art, const QString& prose, qint64 lyricsOffsetMs)
{
    const library::Track& track = art.track;
    m_cover = art.cover;
    m_backdrop = {};
    static_cast<CoverPicture*>(m_coverPicture)->setCover(art.cover);
    m_colours = art.colours;
    m_title->setText(track.displayTitle());
    m_artist->setText(track.displayArtist());
    m_albumName = track.album;
    m_album->setToolTip(tr("Go to the album"));
    notes::SyncedLyrics lyrics = art.lyrics;
    lyrics.applyUserOffset(lyricsOffsetMs);
    m_lyrics->setProse(prose);
    m_lyrics->setLyrics(lyrics);
    m_lyrics->setDuration(track.durationMs);
    m_timedNotes->setNotes(art.notes.timedNotes);
    showOffset();
    showCommentary();
    applyColours();
    arrange();
    update();
}

void NowPlayingView::clear()
{
    m_cover = {};
    m_backdrop = {};
    static_cast<CoverPicture*>(m_coverPicture)->setCover({});
    m_colours = CoverColours::fromCover({});
    m_title->setText(tr("Nothing is playing"));
    m_artist->setText(tr("Double-click a track, or press Play."));
    m_albumName.clear();
    m_lyrics->setProse({});
    m_lyrics->setLyrics({});
    m_timedNotes->setNotes({});
    showOffset();
    showCommentary();
    applyColours();
    update();
}

void NowPlayingView::setPosition(qint64 positionMs)
{
    m_lyrics->setPosition(positionMs);
    m_timedNotes->setPosition(positionMs);
}

void NowPlayingView::setTimedNotesBesideLyrics(bool beside)
{
    const QSignalBlocker blocker(m_placement);
    m_placement->setCurrentIndex(beside ? 0 : 1);
    showCommentary();
}

void NowPlayingView::showCommentary()
{
    const bool hasLyrics = !m_lyrics->lyrics().isEmpty();
    const bool hasNotes = !m_timedNotes->notes().isEmpty();
    const bool beside = m_placement->currentIndex() == 0;
    m_timedNotes->setVisible(hasNotes);
    // Without lyrics the flow shows the track's prose, unless its timed notes take the place.
    m_lyrics->setVisible(!hasNotes || (hasLyrics && beside));
    m_placement->setVisible(hasLyrics && hasNotes);
}

void NowPlayingView::setDuration(qint64 durationMs)
{
    m_lyrics->setDuration(durationMs);
}

qint64 NowPlayingView::lyricsOffsetMs() const
{
    return m_lyrics->lyrics().userOffsetMs();
}

void NowPlayingView::nudge(qint64 deltaMs)
{
    const qint64 offset = lyricsOffsetMs() + deltaMs;
    m_lyrics->setUserOffset(offset);
    showOffset();
    emit lyricsOffsetChanged(offset);
}

void NowPlayingView::showOffset()
{
    const qint64 offset = lyricsOffsetMs();
    m_offset->setText(offset == 0
                          ? tr("Timing as written")
                          : tr("%1 s %2").arg(QString::number(std::abs(offset) / 1000.0, 'f', 1),
                                              offset > 0 ? tr("earlier") : tr("later")));
    const bool synced = m_lyrics->lyrics().isSynced();
    for (QWidget* widget : {static_cast<QWidget*>(m_earlier), static_cast<QWidget*>(m_later),
                            static_cast<QWidget*>(m_offset)})
        widget->setVisible(synced);
}

void NowPlayingView::applyColours()
{
    QPalette colours = palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        colours.setColor(group, QPalette::WindowText, m_colours.text);
        colours.setColor(group, QPalette::ButtonText, m_colours.secondaryText);
        colours.setColor(group, QPalette::Text, m_colours.text);
        colours.setColor(group, QPalette::Link, m_colours.secondaryText);
        colours.setColor(group, QPalette::Button, m_colours.backgroundTop);
        colours.setColor(group, QPalette::Window, m_colours.backgroundTop);
        colours.setColor(group, QPalette::Mid, m_colours.backgroundBottom);
    }
    m_title->setPalette(colours);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_earlier), static_cast<QWidget*>(m_later),
          static_cast<QWidget*>(m_coverPicture), static_cast<QWidget*>(m_placement)})
        widget->setPalette(colours);
    // The timed notes on the backdrop: the moment playing lit by a veil, those to come quieter.
    QPalette notes = colours;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        notes.setColor(group, QPalette::Base, Qt::transparent);
        notes.setColor(group, QPalette::PlaceholderText, m_colours.secondaryText);
        QColor veil = m_colours.text;
        veil.setAlphaF(0.12F);
        notes.setColor(group, QPalette::AlternateBase, veil);
    }
    m_timedNotes->setPalette(notes);
    QPalette secondary = colours;
    secondary.setColor(QPalette::WindowText, m_colours.secondaryText);
    for (QLabel* label : {m_artist, m_album, m_offset})
        label->setPalette(secondary);
    // The album is a link in the colour of the text around it.
    m_album->setText(m_albumName.isEmpty()
                         ? QString()
                         : QStringLiteral("<a href=\"album\" style=\"color: %1; "
                                          "text-decoration: none;\">%2 ›</a>")
                               .arg(m_colours.secondaryText.name(), m_albumName.toHtmlEscaped()));
    m_lyrics->setColours(m_colours);
}

void NowPlayingView::arrange()
{
    const bool wide = width() >= kSideBySideWidth;
    m_layout->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    const int margin = wide ? 48 : 24;
    m_layout->setContentsMargins(margin, wide ? 40 : 20, margin, 16);
    m_layout->setSpacing(wide ? 48 : 16);
    const int side = wide
                         ? std::clamp(std::min(int(height() * 0.56), int(width() * 0.34)), 160, 520)
                         : std::clamp(int(height() * 0.3), 96, 240);
    m_coverPicture->setFixedSize(side + 20, side + 20);
    for (QLabel* label : {m_title, m_artist, m_album})
        label->setFixedWidth(wide ? side + 20 : std::max(200, width() - 2 * margin));
    m_title->setFont(typography::displayFont(wide ? 34 : 26));
}

void NowPlayingView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    QLinearGradient gradient(0, 0, width() * 0.3, height());
    gradient.setColorAt(0, m_colours.backgroundTop);
    gradient.setColorAt(1, m_colours.backgroundBottom);
    painter.fillRect(rect(), gradient);
    if (m_cover.isNull())
        return;
    // The cover itself, blurred far out of focus, lends the colours some of its shapes. It only
    // darkens (multiply), so the text's contrast with the background can only grow.
    const qreal ratio = devicePixelRatioF();
    if (m_backdrop.size() != size() * ratio) {
        const QImage tiny =
            m_cover.scaled(12, 12, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        m_backdrop = QPixmap::fromImage(
            tiny.scaled(size() * ratio, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
        m_backdrop.setDevicePixelRatio(ratio);
    }
    painter.setOpacity(0.55);
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    painter.drawPixmap(0, 0, m_backdrop);
}

QSize NowPlayingView::minimumSizeHint() const
{
    // The cover and the columns follow the view's size (arrange()): what they were sized for last
    // must not keep the window from growing smaller.
    return {kMinimumWidth, kMinimumHeight};
}

void NowPlayingView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

} // namespace liner::gui
