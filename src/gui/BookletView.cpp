#include "gui/BookletView.h"

#include "gui/BookletOverlays.h"
#include "gui/SymbolicIcons.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

namespace liner::gui {

namespace {

constexpr qreal kSide = BookletPages::kPageSide;
constexpr int kControlsHeight = 48;
constexpr int kDeskMargin = 24;
// Two pages side by side only while their body text stays at least this many pixels tall.
constexpr qreal kMinTwoUpBodyPixels = 13.5;
constexpr qreal kBodyUnits = 11;

QColor deskColor(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    return window.lightnessF() < 0.5F ? window.darker(135) : window.darker(108);
}

} // namespace

BookletView::BookletView(QWidget* parent)
    : QWidget(parent), m_controls(new QWidget(this)), m_previous(new QToolButton(m_controls)),
      m_next(new QToolButton(m_controls)), m_indicator(new QLabel(m_controls)),
      m_export(new QToolButton(m_controls))
{
    setObjectName(QStringLiteral("bookletView"));
    setAccessibleName(tr("Booklet"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 260);

    m_previous->setObjectName(QStringLiteral("bookletPrevious"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_previous->setToolTip(tr("Previous page (Left, Page Up)"));
    m_previous->setIcon(symbolicIcon(QStringLiteral("go-previous-symbolic")));
    m_next->setObjectName(QStringLiteral("bookletNext"));
    m_next->setAccessibleName(tr("Next page"));
    m_next->setToolTip(tr("Next page (Right, Page Down, Space)"));
    m_next->setIcon(symbolicIcon(QStringLiteral("go-next-symbolic")));
    m_indicator->setObjectName(QStringLiteral("bookletPageIndicator"));
    m_indicator->setAlignment(Qt::AlignCenter);
    m_indicator->setMinimumWidth(200);
    m_indicator->setForegroundRole(QPalette::PlaceholderText);
    m_export->setObjectName(QStringLiteral("bookletExport"));
    m_export->setText(tr("Export as PDF…"));
    m_export->setAccessibleName(tr("Export the booklet as PDF"));
    m_export->setIcon(symbolicIcon(QStringLiteral("document-export-symbolic")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QToolButton* button : {m_previous, m_next, m_export})
        button->setAutoRaise(true);

    auto* row = new QHBoxLayout(m_controls);
    row->setContentsMargins(kDeskMargin, 0, kDeskMargin, 8);
    row->addStretch(1);
    row->addWidget(m_previous);
    row->addWidget(m_indicator);
    row->addWidget(m_next);
    row->addStretch(1);
    row->addWidget(m_export);

    connect(m_previous, &QToolButton::clicked, this, &BookletView::previousPage);
    connect(m_next, &QToolButton::clicked, this, &BookletView::nextPage);
    connect(m_export, &QToolButton::clicked, this, &BookletView::exportRequested);

    m_turn.setDuration(180);
    m_turn.setStartValue(0.0);
    m_turn.setEndValue(1.0);
    m_turn.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_turn, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));
    connect(&m_turn, &QVariantAnimation::finished, this, [this] { m_leaving = {}; });
    showIndicator();
}

BookletView::~BookletView() = default;

void BookletView::setContent(const BookletContent& content)
{
    m_content = content;
    build();
}

void BookletView::build()
{
    const int generation = ++m_generation;
    const BookletStyle style = BookletStyle::forScreen(palette(), m_content.cover);
    auto* watcher = new QFutureWatcher<std::shared_ptr<BookletPages>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            setPages(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [content = m_content, style] { return std::make_shared<BookletPages>(content, style); }));
}

void BookletView::setPages(std::shared_ptr<BookletPages> pages)
{
    const bool sameAlbum = m_pages != nullptr && pages != nullptr &&
                           m_pages->content().folder == pages->content().folder &&
                           m_pages->content().title == pages->content().title;
    m_pages = std::move(pages);
    m_cache.clear();
    m_leaving = {};
    m_turn.stop();
    // A new album opens at its cover; new colours or notes keep the page.
    m_page = sameAlbum ? std::min(m_page, m_pages->pageCount() - 1) : 0;
    layoutSpread();
    emit pagesReady();
}

QRectF BookletView::spreadRect() const
{
    return QRectF(kDeskMargin, kDeskMargin, width() - 2 * kDeskMargin,
                  height() - kControlsHeight - kDeskMargin);
}

qreal BookletView::scale() const
{
    const QRectF area = spreadRect();
    return std::max(0.1, std::min(area.width() / (kSide * pagesShown()), area.height() / kSide));
}

QRectF BookletView::pageRect(int page) const
{
    const QRectF area = spreadRect();
    const qreal side = kSide * scale();
    const qreal left = area.center().x() - side * pagesShown() / 2;
    const qreal top = area.center().y() - side / 2;
    const int column = m_twoUp ? page % 2 : 0;
    return QRectF(std::round(left + column * side), std::round(top), std::round(side),
                  std::round(side));
}

QPixmap BookletView::pagePixmap(int page)
{
    if (const auto found = m_cache.constFind(page); found != m_cache.cend())
        return *found;
    const qreal ratio = devicePixelRatioF();
    const QSizeF size = pageRect(page).size();
    QPixmap pixmap((size * ratio).toSize());
    pixmap.setDevicePixelRatio(ratio);
    QPainter painter(&pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(size.width() / kSide, size.height() / kSide);
    m_pages->paint(painter, page);
    painter.end();
    m_cache.insert(page, pixmap);
    return pixmap;
}

void BookletView::layoutSpread()
{
    const QRectF area = spreadRect();
    const qreal twoUpScale = std::min(area.width() / (2 * kSide), area.height() / kSide);
    const bool twoUp = twoUpScale * kBodyUnits >= kMinTwoUpBodyPixels;
    m_cache.clear(); // drawn at the old size
    m_twoUp = twoUp;
    if (m_twoUp)
        m_page -= m_page % 2;
    m_controls->setGeometry(0, height() - kControlsHeight, width(), kControlsHeight);
    rebuildOverlays();
    showIndicator();
    update();
}

void BookletView::rebuildOverlays()
{
    qDeleteAll(m_overlays);
    m_overlays.clear();
    if (m_pages == nullptr)
        return;
    const qreal factor = scale();
    for (int page = m_page; page < m_page + pagesShown() && page < m_pages->pageCount(); ++page) {
        const QRectF origin = pageRect(page);
        const auto place = [&](QWidget* widget, const QRectF& rect) {
            const QRectF mapped(origin.topLeft() + rect.topLeft() * factor, rect.size() * factor);
            widget->setGeometry(mapped.toAlignedRect());
            widget->show();
            m_overlays << widget;
        };
        for (const BookletText& text : m_pages->texts(page))
            place(new BookletTextRegion(text.text, this), text.rect);
        for (const BookletTarget& target : m_pages->targets(page)) {
            auto* hotspot = new BookletHotspot(target, m_pages->style(), this);
            connect(hotspot, &QAbstractButton::clicked, this, [this, target] { activate(target); });
            place(hotspot, target.rect.adjusted(-2, -2, 2, 2));
        }
    }
    m_controls->raise();
}

void BookletView::activate(const BookletTarget& target)
{
    switch (target.kind) {
    case BookletTarget::Kind::Mood:
        emit moodChosen(target.value);
        break;
    case BookletTarget::Kind::Character:
        emit characterChosen(target.value);
        break;
    case BookletTarget::Kind::Play:
        emit playRequested(target.number);
        break;
    case BookletTarget::Kind::Page:
        showPage(target.number);
        break;
    }
}

void BookletView::showPage(int page)
{
    if (m_pages == nullptr)
        return;
    page = std::clamp(page, 0, m_pages->pageCount() - 1);
    if (m_twoUp)
        page -= page % 2;
    if (page == m_page)
        return;
    // The spread turned away from fades out over the new one.
    QPixmap leaving(size() * devicePixelRatioF());
    leaving.setDevicePixelRatio(devicePixelRatioF());
    leaving.fill(Qt::transparent);
    {
        QPainter painter(&leaving);
        for (int shown = m_page; shown < m_page + pagesShown() && shown < m_pages->pageCount();
             ++shown)
            painter.drawPixmap(pageRect(shown).topLeft(), pagePixmap(shown));
    }
    m_leaving = leaving;
    m_page = page;
    m_turn.stop();
    m_turn.start();
    rebuildOverlays();
    showIndicator();
    update();
    emit currentPageChanged(m_page);
}

void BookletView::nextPage()
{
    showPage(m_page + pagesShown());
}

void BookletView::previousPage()
{
    showPage(m_page - pagesShown());
}

void BookletView::showIndicator()
{
    const int count = m_pages != nullptr ? m_pages->pageCount() : 0;
    const int last = std::min(m_page + pagesShown(), count) - 1;
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(last + 1 < count);
    m_export->setEnabled(count > 0);
    if (count == 0) {
        m_indicator->clear();
        return;
    }
    // Pages are numbered from the title page, as printed; the cover has no number.
    const QString pages =
        m_page == 0     ? (last > 0 ? tr("Cover and page 1 of %1").arg(count - 1) : tr("Cover"))
        : last > m_page ? tr("Pages %1–%2 of %3").arg(m_page).arg(last).arg(count - 1)
                        : tr("Page %1 of %2").arg(m_page).arg(count - 1);
    const QString title = m_pages->pageTitle(m_twoUp && last > m_page ? last : m_page);
    m_indicator->setText(title.isEmpty() ? pages : tr("%1 · %2").arg(pages, title));
    setAccessibleDescription(m_indicator->text());
}

void BookletView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), deskColor(palette()));
    if (m_pages == nullptr)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal progress =
        m_turn.state() == QAbstractAnimation::Running ? m_turn.currentValue().toReal() : 1.0;
    const int last = std::min(m_page + pagesShown(), m_pages->pageCount()) - 1;
    const QRectF spread = pageRect(m_page).united(pageRect(last));
    // A soft shadow under the booklet.
    for (int ring = 1; ring <= 6; ++ring) {
        QColor shade(0, 0, 0, 10 - ring);
        painter.setPen(Qt::NoPen);
        painter.setBrush(shade);
        painter.drawRoundedRect(spread.adjusted(-ring, -ring + 3, ring, ring + 3), ring, ring);
    }
    painter.setOpacity(m_leaving.isNull() ? 1.0 : progress);
    for (int page = m_page; page <= last; ++page)
        painter.drawPixmap(pageRect(page).topLeft(), pagePixmap(page));
    if (m_twoUp && last > m_page) {
        // The spine: the paper darkens a little towards the fold.
        const QRectF left = pageRect(m_page);
        const qreal fold = left.right();
        QLinearGradient gutter(fold - 28, 0, fold + 28, 0);
        gutter.setColorAt(0, QColor(0, 0, 0, 0));
        gutter.setColorAt(0.5, QColor(0, 0, 0, 34));
        gutter.setColorAt(1, QColor(0, 0, 0, 0));
        painter.fillRect(QRectF(fold - 28, left.top(), 56, left.height()), gutter);
    }
    if (!m_leaving.isNull()) {
        painter.setOpacity(1.0 - progress);
        painter.drawPixmap(0, 0, m_leaving);
    }
}

void BookletView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutSpread();
}

void BookletView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        nextPage();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previousPage();
        return;
    case Qt::Key_Home:
        showPage(0);
        return;
    case Qt::Key_End:
        showPage(m_pages != nullptr ? m_pages->pageCount() - 1 : 0);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void BookletView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    m_wheel += std::abs(delta.y()) >= std::abs(delta.x()) ? delta.y() : delta.x();
    // One notch of a wheel (120) turns one spread; a touchpad's small steps add up to it.
    while (m_wheel >= 120) {
        m_wheel -= 120;
        previousPage();
    }
    while (m_wheel <= -120) {
        m_wheel += 120;
        nextPage();
    }
    event->accept();
}

void BookletView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_pages != nullptr)
        build();
    QWidget::changeEvent(event);
}

} // namespace liner::gui
