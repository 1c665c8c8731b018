#include "gui/AboutDialog.h"

#include "engine/AudioLibraryVersions.h"
#include "gui/Typography.h"
#include "library/TagLibVersion.h"
#include "ui_AboutDialog.h"

#include <QApplication>

namespace liner::gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(QSize(64, 64)));
    m_ui->nameLabel->setFont(typography::displayFont(30, QFont::Medium));
    m_ui->versionLabel->setText(QStringLiteral("Liner %1").arg(QStringLiteral(LINER_VERSION)));
    m_ui->versionLabel->setForegroundRole(QPalette::PlaceholderText);
    const auto row = [](const QString& name, const QString& version) {
        return QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
            .arg(name, version.toHtmlEscaped());
    };
    m_ui->aboutText->setText(
        QStringLiteral("<table>%1%2%3%4</table>")
            .arg(row(QStringLiteral("Qt"), QString::fromLatin1(qVersion())),
                 row(QStringLiteral("FFmpeg"), engine::ffmpegVersion()),
                 row(QStringLiteral("TagLib"), library::tagLibVersion()),
                 row(QStringLiteral("PortAudio"), engine::portAudioVersion())));
}

AboutDialog::~AboutDialog() = default;

} // namespace liner::gui
