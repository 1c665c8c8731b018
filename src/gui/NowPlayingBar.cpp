#include "gui/NowPlayingBar.h"

#include "gui/Sliders.h"
#include "gui/SymbolicIcons.h"
#include "library/TrackModel.h"
#include "ui_NowPlayingBar.h"

#include <QPainter>

namespace liner::gui {

using engine::PlaybackState;
using playlist::RepeatMode;

namespace {

// A link that looks like the text around it: the caption is a way to the album. The colour comes
// from the bar's palette, which its labels are told of only after the bar.
QString link(const QString& text, const QLabel& label, const QPalette& colours, int width)
{
    const QColor color = colours.color(label.foregroundRole());
    return QStringLiteral("<a href=\"album\" style=\"color: %1; text-decoration: none;\">%2</a>")
        .arg(color.name(),
             label.fontMetrics().elidedText(text, Qt::ElideRight, width).toHtmlEscaped());
}

} // namespace

NowPlayingBar::NowPlayingBar(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NowPlayingBar>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("nowPlayingBar"));
    QFont title = m_ui->titleLabel->font();
    title.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(title);
    m_ui->artistLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->elapsedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->remainingLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {m_ui->titleLabel, m_ui->artistLabel})
        connect(label, &QLabel::linkActivated, this, &NowPlayingBar::albumRequested);

    connect(m_ui->coverButton, &QToolButton::clicked, this, &NowPlayingBar::albumRequested);
    connect(m_ui->playPauseButton, &QToolButton::clicked, this, &NowPlayingBar::playPauseClicked);
    connect(m_ui->previousButton, &QToolButton::clicked, this, &NowPlayingBar::previousClicked);
    connect(m_ui->nextButton, &QToolButton::clicked, this, &NowPlayingBar::nextClicked);
    connect(m_ui->positionSlider, &SeekSlider::seekRequested, this, &NowPlayingBar::seekRequested);
    connect(m_ui->positionSlider, &QSlider::valueChanged, this, [this](int value) {
        // While the handle is held, the times follow it.
        if (m_ui->positionSlider->isSliderDown())
            showTimes(value);
    });
    connect(m_ui->volumeSlider, &QSlider::valueChanged, this, [this](int value) {
        const QSignalBlocker blocker(m_ui->muteButton);
        m_ui->muteButton->setChecked(value == 0);
        showIcons();
        emit volumeChanged(value / 100.0);
    });
    connect(m_ui->muteButton, &QToolButton::toggled, this, [this](bool mute) {
        if (mute) {
            m_volumeBeforeMute = std::max(m_ui->volumeSlider->value(), 1);
            m_ui->volumeSlider->setValue(0);
        } else if (m_ui->volumeSlider->value() == 0) {
            m_ui->volumeSlider->setValue(m_volumeBeforeMute);
        }
    });
    connect(m_ui->shuffleButton, &QToolButton::toggled, this, [this](bool on) {
        showIcons();
        emit shuffleChanged(on);
    });
    // Repeat turns from off to the whole queue, to this track, and off again.
    connect(m_ui->repeatButton, &QToolButton::clicked, this, [this] {
        const RepeatMode next = m_repeat == RepeatMode::Off   ? RepeatMode::All
                                : m_repeat == RepeatMode::All ? RepeatMode::One
                                                              : RepeatMode::Off;
        showPlayMode(m_ui->shuffleButton->isChecked(), next);
        emit repeatChanged(next);
    });
    connect(m_ui->nowPlayingButton, &QToolButton::toggled, this, [this](bool open) {
        showIcons();
        emit nowPlayingToggled(open);
    });
    clearTrack();
    showPlayMode(false, RepeatMode::Off);
    showState(PlaybackState::Stopped);
}

NowPlayingBar::~NowPlayingBar() = default;

SeekSlider* NowPlayingBar::seekSlider() const
{
    return m_ui->positionSlider;
}

void NowPlayingBar::showTrack(const library::Track& track)
{
    m_track = track;
    if (m_thumbnail.isNull() || track.path.isEmpty())
        m_ui->coverButton->setIcon(QIcon());
    showCaption();
}

void NowPlayingBar::showArt(const TrackArt& art)
{
    if (art.track.path != m_track.path)
        return;
    m_thumbnail = art.thumbnail;
    m_ui->coverButton->setIcon(m_thumbnail.isNull() ? QIcon()
                                                    : QIcon(QPixmap::fromImage(m_thumbnail)));
}

void NowPlayingBar::clearTrack()
{
    m_track = {};
    m_thumbnail = {};
    m_ui->coverButton->setIcon(QIcon());
    m_ui->coverButton->setEnabled(false);
    showCaption();
}

void NowPlayingBar::showCaption()
{
    const bool known = !m_track.path.isEmpty();
    m_ui->coverButton->setEnabled(known);
    const int width = m_ui->trackArea->width() - m_ui->coverButton->width() - 12;
    m_ui->titleLabel->setText(
        known ? link(m_track.displayTitle(), *m_ui->titleLabel, palette(), width) : QString());
    m_ui->artistLabel->setText(
        known ? link(m_track.displayArtist(), *m_ui->artistLabel, palette(), width) : QString());
    m_ui->titleLabel->setToolTip(known ? tr("%1 — go to the album").arg(m_track.displayTitle())
                                       : QString());
    m_ui->titleLabel->setAccessibleDescription(
        known ? tr("%1 by %2").arg(m_track.displayTitle(), m_track.displayArtist()) : QString());
}

void NowPlayingBar::showState(PlaybackState state)
{
    m_state = state;
    const bool playing = state == PlaybackState::Playing;
    const QString action = playing ? tr("Pause") : tr("Play");
    m_ui->playPauseButton->setToolTip(tr("%1 (Space)").arg(action));
    m_ui->playPauseButton->setAccessibleName(action);
    m_ui->positionSlider->setEnabled(state != PlaybackState::Stopped);
    showIcons();
}

void NowPlayingBar::showPosition(qint64 positionMs)
{
    m_ui->positionSlider->showPosition(positionMs);
    if (!m_ui->positionSlider->isSliderDown())
        showTimes(positionMs);
}

void NowPlayingBar::showDuration(qint64 durationMs)
{
    m_durationMs = std::max<qint64>(durationMs, 0);
    m_ui->positionSlider->setRange(0, int(m_durationMs));
    showTimes(m_ui->positionSlider->value());
}

void NowPlayingBar::showResumePoint(qint64 positionMs, qint64 durationMs)
{
    showDuration(durationMs);
    showPosition(positionMs);
}

void NowPlayingBar::showTimes(qint64 positionMs)
{
    m_ui->elapsedLabel->setText(library::TrackModel::formatClock(positionMs));
    const qint64 left = std::max<qint64>(m_durationMs - positionMs, 0);
    m_ui->remainingLabel->setText(QStringLiteral("−") + library::TrackModel::formatClock(left));
    m_ui->remainingLabel->setAccessibleDescription(
        tr("%1 left").arg(library::TrackModel::formatClock(left)));
}

void NowPlayingBar::showVolume(double volume)
{
    const QSignalBlocker blocker(m_ui->volumeSlider);
    m_ui->volumeSlider->setValue(qRound(volume * 100));
    const QSignalBlocker muteBlocker(m_ui->muteButton);
    m_ui->muteButton->setChecked(m_ui->volumeSlider->value() == 0);
    showIcons();
}

void NowPlayingBar::showPlayMode(bool shuffle, RepeatMode repeat)
{
    m_repeat = repeat;
    const QSignalBlocker blocker(m_ui->shuffleButton);
    m_ui->shuffleButton->setChecked(shuffle);
    m_ui->repeatButton->setChecked(repeat != RepeatMode::Off);
    const QString state = repeat == RepeatMode::Off   ? tr("Repeat: off")
                          : repeat == RepeatMode::All ? tr("Repeat: the whole queue")
                                                      : tr("Repeat: this track");
    m_ui->repeatButton->setToolTip(state);
    m_ui->repeatButton->setAccessibleDescription(state);
    m_ui->shuffleButton->setToolTip(shuffle ? tr("Shuffle: on") : tr("Shuffle: off"));
    showIcons();
}

void NowPlayingBar::showNowPlayingOpen(bool open)
{
    const QSignalBlocker blocker(m_ui->nowPlayingButton);
    m_ui->nowPlayingButton->setChecked(open);
    showIcons();
}

void NowPlayingBar::showIcons()
{
    const QPalette& colours = palette();
    const QColor accent = colours.color(QPalette::Highlight);
    const auto icon = [](const char* name, const QColor& color = {}) {
        return symbolicIcon(QString::fromLatin1(name), color);
    };
    m_ui->previousButton->setIcon(icon("media-skip-backward-symbolic"));
    m_ui->nextButton->setIcon(icon("media-skip-forward-symbolic"));
    // The play button is a disc in the text's colour with the symbol cut out of it.
    m_ui->playPauseButton->setIcon(icon(m_state == PlaybackState::Playing
                                            ? "media-playback-pause-symbolic"
                                            : "media-playback-start-symbolic",
                                        colours.color(QPalette::Window)));
    m_ui->playPauseButton->setStyleSheet(
        QStringLiteral("QToolButton { border: none; border-radius: 20px; background: %1; }"
                       "QToolButton:hover { background: %2; }")
            .arg(colours.color(QPalette::WindowText).name(), accent.name()));
    // A toggle that is on shows in the accent colour.
    m_ui->shuffleButton->setIcon(icon("media-playlist-shuffle-symbolic",
                                      m_ui->shuffleButton->isChecked() ? accent : QColor()));
    m_ui->repeatButton->setIcon(icon(m_repeat == RepeatMode::One
                                         ? "media-playlist-repeat-song-symbolic"
                                         : "media-playlist-repeat-symbolic",
                                     m_repeat != RepeatMode::Off ? accent : QColor()));
    m_ui->nowPlayingButton->setIcon(
        icon("audio-x-generic-symbolic", m_ui->nowPlayingButton->isChecked() ? accent : QColor()));
    const int volume = m_ui->volumeSlider->value();
    m_ui->muteButton->setIcon(icon(volume == 0   ? "audio-volume-muted-symbolic"
                                   : volume < 34 ? "audio-volume-low-symbolic"
                                   : volume < 67 ? "audio-volume-medium-symbolic"
                                                 : "audio-volume-high-symbolic"));
}

void NowPlayingBar::setWaveform(const analysis::Waveform& waveform)
{
    m_ui->positionSlider->setWaveform(waveform);
}

void NowPlayingBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        showIcons();
        showCaption();
    }
    QWidget::changeEvent(event);
}

void NowPlayingBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showCaption();
}

void NowPlayingBar::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    QColor line = palette().color(QPalette::WindowText);
    line.setAlphaF(0.12F);
    painter.fillRect(QRect(0, 0, width(), 1), line);
}

} // namespace liner::gui
