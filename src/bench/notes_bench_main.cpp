// liner-bench-notes: one long paragraph of liner notes, N lines of it, shown three ways side by
// side: Qt's own Markdown import (QTextDocument::setMarkdown, on the UI thread, as Liner did
// before), Liner's rendering (gui::renderNotes, off the UI thread) and what is then left for the
// UI thread (handing the document to the browser). Prints a Markdown table for the README.
#include "gui/NotesRendering.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextBrowser>
#include <cstdio>

namespace {

QString paragraph(int lines)
{
    QString markdown = QStringLiteral("# Notes\n\n");
    for (int line = 0; line < lines; ++line)
        markdown += QStringLiteral("The queen walked through the rain and *nobody* saw her cry, "
                                   "line %1\n")
                        .arg(line);
    return markdown;
}

double qtMarkdownMs(const QString& markdown)
{
    QTextDocument document;
    QElapsedTimer timer;
    timer.start();
    document.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    return double(timer.nsecsElapsed()) / 1e6;
}

// The best of `runs`: rendering, then showing in a browser of the pane's size.
std::pair<double, double> linerMs(const QString& markdown, int runs)
{
    double render = 0;
    double show = 0;
    for (int run = 0; run < runs; ++run) {
        QTextBrowser browser;
        browser.resize(420, 700);
        browser.show();
        QElapsedTimer timer;
        timer.start();
        auto document = liner::gui::renderNotes(markdown, {}, browser.font());
        const double rendered = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        document->moveToThread(browser.thread());
        browser.setDocument(document.get());
        const double shown = double(timer.nsecsElapsed()) / 1e6;
        render = run == 0 ? rendered : std::min(render, rendered);
        show = run == 0 ? shown : std::min(show, shown);
    }
    return {render, show};
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    std::printf("| One paragraph of | Qt's Markdown import, UI thread (ms) | Liner's rendering, "
                "off the UI thread (ms) | Liner, left for the UI thread (ms) |\n");
    std::printf("|---|---|---|---|\n");
    for (const int lines : {250, 500, 1000, 10000}) {
        const QString markdown = paragraph(lines);
        // Qt's import grows as the square of the paragraph: 10,000 lines would take minutes.
        const QString qt =
            lines <= 1000 ? QString::number(qtMarkdownMs(markdown), 'f', 0) : QStringLiteral("—");
        const auto [render, show] = linerMs(markdown, runs);
        std::printf("| %d lines | %s | %.0f | %.1f |\n", lines, qPrintable(qt), render, show);
    }
    return 0;
}
