#pragma once

#include "analysis/TrackAnalysis.h"
#include "library/Track.h"
#include "notes/MoodFace.h"
#include "notes/TrackNotes.h"

#include <QWidget>
#include <optional>

namespace liner::gui {

// One track on the arc.
struct ArcPoint
{
    int number = 0; // on the album, 0 when untagged
    QString title;
    std::optional<double> tempoBpm;
    std::optional<double> energy;
    QString key;
    notes::Face face = notes::Face::Unknown;
    // The notes' first mood; else the analysis's suggestion (suggested is then true).
    QString mood;
    bool suggested = false;

    // Where it sits, 0..1: the mean of its energy and its tempo (50 BPM is 0, 170 BPM is 1).
    std::optional<double> intensity() const;
};

// The point of a track: its face and mood from its notes where their moods name one, else from
// the analysis (then as a suggestion); its tempo and energy from the analysis when it has run.
ArcPoint arcPointFor(const library::Track& track, const notes::TrackNotes& notes,
                     const analysis::TrackAnalysis* analysis);

// The album's emotional arc: its tracks in running order, each placed higher the more intense it
// is (energy and tempo), coloured by its face: the tender ballad or the bright anthem. A face the
// notes do not give is drawn hollow, as a suggestion. Clicking a track asks to play it; its
// context menu offers to accept a suggested mood. Where the tracks are too many for their
// markers to stand apart, the arc is drawn through the rows it marks.
class EmotionalArcView : public QWidget
{
    Q_OBJECT

public:
    explicit EmotionalArcView(QWidget* parent = nullptr);

    void setPoints(const QList<ArcPoint>& points);
    const QList<ArcPoint>& points() const { return m_points; }
    // The row drawn as playing, or -1.
    void setPlayingRow(int row);
    // Where a track's point is drawn, in widget coordinates (for tests and tooltips).
    QPointF pointPosition(int row) const;
    // The rows drawn with a marker and a number: every row while they fit apart; else every
    // second, fifth, tenth... (a folder of thousands of tracks), and always the playing one.
    QList<int> markedRows() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor faceColour(notes::Face face);

signals:
    void playRequested(int row);
    void acceptSuggestionRequested(int row);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QRectF plotArea() const;
    // Every how many rows a marker and its number are drawn: 1, 2, 5, 10, 20, 50...
    int markedStride() const;
    // markedRows() for the stride a paint has measured already.
    QList<int> markedRows(int stride) const;
    int rowAt(const QPointF& position) const;
    QString describe(int row) const;

    QList<ArcPoint> m_points;
    int m_playingRow = -1;
};

} // namespace liner::gui
