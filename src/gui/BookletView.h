#pragma once

#include "gui/BookletPages.h"

#include <QHash>
#include <QPixmap>
#include <QVariantAnimation>
#include <QWidget>
#include <memory>

class QLabel;
class QToolButton;

namespace liner::gui {

// The booklet across the main area, as an open booklet on a desk: two facing pages when the
// window is wide enough for their type to stay large, one page otherwise. Arrow keys, Page
// Up/Down, Space, Home/End and the mouse wheel turn the pages; the buttons below do too. Chips,
// play buttons and contents lines are buttons (reachable with Tab, read by screen readers, as is
// the text of the pages shown).
class BookletView : public QWidget
{
    Q_OBJECT

public:
    explicit BookletView(QWidget* parent = nullptr);
    ~BookletView() override;

    // Lays the booklet out (off the UI thread: notes may name images to read) in the colours of
    // the widget's palette; pagesReady() follows.
    void setContent(const BookletContent& content);
    // Null until the first layout is done.
    const BookletPages* pages() const { return m_pages.get(); }
    // The first page shown (the left one of a spread).
    int currentPage() const { return m_page; }
    // Pages shown side by side: 2 or 1.
    int pagesShown() const { return m_twoUp ? 2 : 1; }
    void showPage(int page);
    void nextPage();
    void previousPage();

signals:
    void moodChosen(const QString& mood);
    void characterChosen(const QString& character);
    void playRequested(int entry);
    void exportRequested();
    void currentPageChanged(int page);
    void pagesReady();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The pages' area (above the page controls) and the scale that fits a page or a spread in it.
    QRectF spreadRect() const;
    qreal scale() const;
    // Where page `page` of the shown spread sits, in widget coordinates.
    QRectF pageRect(int page) const;
    QPixmap pagePixmap(int page);
    void layoutSpread();
    void rebuildOverlays();
    void activate(const BookletTarget& target);
    void showIndicator();
    void build();
    void setPages(std::shared_ptr<BookletPages> pages);

    BookletContent m_content;
    std::shared_ptr<BookletPages> m_pages;
    int m_generation = 0; // of the content; a layout of older content is dropped
    int m_page = 0;
    bool m_twoUp = true;
    int m_wheel = 0;
    QHash<int, QPixmap> m_cache; // page → drawn at the current scale
    QPixmap m_leaving;           // the spread being turned away from, fading out
    QRectF m_leavingRect;
    QVariantAnimation m_turn;
    QList<QWidget*> m_overlays;
    QWidget* m_controls;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_indicator;
    QToolButton* m_export;
};

} // namespace liner::gui
