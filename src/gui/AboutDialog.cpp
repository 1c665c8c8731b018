#include "gui/AboutDialog.h"

#include "engine/AudioLibraryVersions.h"
#include "library/TagLibVersion.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace liner::gui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Liner"));
    const auto row = [](const QString& name, const QString& version) {
        return QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
            .arg(name, version.toHtmlEscaped());
    };
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    text->setText(
        QStringLiteral("<h2>Liner %1</h2><p>%2</p><p>%3</p><p>%4</p><table>%5%6%7%8</table>")
            .arg(QStringLiteral(LINER_VERSION), tr("An album player with liner notes and lyrics."),
                 tr("Licence: GNU General Public License, version 3 or any later version "
                    "(GPL-3.0-or-later). Liner comes with no warranty."),
                 tr("Running on:"), row(QStringLiteral("Qt"), QString::fromLatin1(qVersion())),
                 row(QStringLiteral("FFmpeg"), engine::ffmpegVersion()),
                 row(QStringLiteral("TagLib"), library::tagLibVersion()),
                 row(QStringLiteral("PortAudio"), engine::portAudioVersion())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace liner::gui
