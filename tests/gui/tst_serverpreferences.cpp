#include "ServerProcesses.h"
#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/PreferencesDialog.h"
#include "gui/ServerDialog.h"
#include "playlist/PlaybackController.h"
#include "server/ServerSecrets.h"
#include "server/ServerSettings.h"
#include "support/AudioCapture.h"
#include "support/KoreanInterface.h"
#include "support/Palettes.h"

#include <QApplication>
#include <QDBusArgument>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liner;
using testing::FakeServerProcess;

namespace {

// A secret as the Secret Service carries it: (session, parameters, value, content type).
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument& operator<<(QDBusArgument& argument, const DBusSecret& secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, DBusSecret& secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(DBusSecret)

namespace {

// A fresh GNOME Keyring has no "login" collection, and making one would ask for a password in a
// window. Its own interface makes one with a password given (as a desktop's login does) and makes
// it the default, where QtKeychain keeps secrets. Empty on success.
QString createLoginKeyring()
{
    qDBusRegisterMetaType<DBusSecret>();
    QDBusInterface service(QStringLiteral("org.freedesktop.secrets"),
                           QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    const QDBusMessage session =
        service.call(QStringLiteral("OpenSession"), QStringLiteral("plain"),
                     QVariant::fromValue(QDBusVariant(QString())));
    if (session.type() == QDBusMessage::ErrorMessage)
        return session.errorMessage();
    const auto sessionPath = session.arguments().at(1).value<QDBusObjectPath>();
    QDBusInterface keyring(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"));
    const QVariantMap properties{
        {QStringLiteral("org.freedesktop.Secret.Collection.Label"), QStringLiteral("login")}};
    const QDBusMessage created =
        keyring.call(QStringLiteral("CreateWithMasterPassword"), properties,
                     QVariant::fromValue(
                         DBusSecret{sessionPath, {}, "liner-test", QStringLiteral("text/plain")}));
    if (created.type() == QDBusMessage::ErrorMessage)
        return created.errorMessage();
    const QDBusMessage alias =
        service.call(QStringLiteral("SetAlias"), QStringLiteral("default"),
                     QVariant::fromValue(created.arguments().at(0).value<QDBusObjectPath>()));
    return alias.type() == QDBusMessage::ErrorMessage ? alias.errorMessage() : QString();
}

} // namespace

// Preferences ▸ Servers: a server is added through the dialog, tested, and stored with its
// address and user in liner.conf and its password in the keyring only, or, with no keyring
// running, kept for the session and said so. Never in liner.conf.
class TestServerPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_library;
    testing::AudioCapture m_capture;

    // Fills the Add dialog that opens next with `password` and accepts it.
    void fillNextServerDialog(const QString& url, const QString& password)
    {
        QTimer::singleShot(0, this, [url, password] {
            auto* dialog = qobject_cast<gui::ServerDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit"))->setText(url);
            dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))
                ->setText(QStringLiteral("alice"));
            QVERIFY(!ok->isEnabled()); // no password yet
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
            QVERIFY(ok->isEnabled());
            const QString shots = qEnvironmentVariable("LINER_SCREENSHOT_DIR");
            if (!shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/server-dialog.png"));
            ok->click();
        });
    }

private slots:
    void initTestCase()
    {
        m_capture.applyToThisProcess();
        if (qEnvironmentVariableIsSet("LINER_TEST_KEYRING")) {
            const QString error = createLoginKeyring();
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Only Song");
        tags.album = QStringLiteral("Only Album");
        QVERIFY(demo::writeFixture(m_library.filePath(QStringLiteral("1.flac")),
                                   demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 4410),
                                   tags)
                    .isEmpty());
    }

    void testConnectionSaysWhatAnswered()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        for (const auto& [password, expected] :
             {std::pair{QStringLiteral("secret"),
                        QStringLiteral("Signed in: liner-test 1.0 (OpenSubsonic).")},
              std::pair{QStringLiteral("wrong"),
                        QStringLiteral("does not accept this user name and password")}}) {
            gui::ServerDialog dialog;
            dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"))->setText(fake.url());
            dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))
                ->setText(QStringLiteral("alice"));
            dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
            dialog.findChild<QPushButton*>(QStringLiteral("testButton"))->click();
            auto* result = dialog.findChild<QLabel*>(QStringLiteral("testResultLabel"));
            QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(expected), qPrintable(result->text()),
                                      20000);
        }
        // An address typed without its scheme is taken as https.
        gui::ServerDialog typed;
        typed.findChild<QLineEdit*>(QStringLiteral("urlEdit"))
            ->setText(QStringLiteral("music.example.org/navidrome"));
        QCOMPARE(typed.account().url, QUrl(QStringLiteral("https://music.example.org/navidrome")));
    }

    void aServerIsAddedWithItsPasswordInTheKeyringOnly()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const QString password = QStringLiteral("pa55-word-%1").arg(fake.port());
        desktop::Settings settings;
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        gui::MainWindow window(controller, settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy changed(&window, &gui::MainWindow::serversChanged);

        QTimer::singleShot(0, this, [this, &fake, password] {
            auto* preferences = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(preferences);
            auto* tabs = preferences->findChild<QTabWidget*>(QStringLiteral("sections"));
            tabs->setCurrentIndex(tabs->count() - 1);
            fillNextServerDialog(fake.url(), password);
            preferences->findChild<QPushButton*>(QStringLiteral("addButton"))->click();
            QCOMPARE(preferences->findChild<QListWidget*>(QStringLiteral("serverList"))->count(),
                     1);
            preferences->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_COMPARE(changed.count(), 1);
        const auto accounts = changed.first().first().value<QList<server::ServerAccount>>();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().password,
                 password); // for this session, whatever the keyring says

        const QList<server::ServerAccount> stored = server::ServerSettings().accounts();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().url, QUrl(fake.url()));
        QVERIFY(stored.first().password.isEmpty());
        QSettings().sync();
        QFile file(QSettings(QStringLiteral("Liner"), QStringLiteral("liner")).fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));

        QString error;
        const auto secret = server::ServerSecrets::readNow(stored.first().key(), error);
        if (qEnvironmentVariableIsSet("LINER_TEST_KEYRING")) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QTRY_COMPARE(server::ServerSecrets::readNow(stored.first().key(), error).password,
                         password);
        } else {
            // No keyring: the window says the password lasts this session only.
            QVERIFY(secret.password.isEmpty());
            QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"this session only"),
                         qPrintable(window.statusBar()->currentMessage()));
        }
    }

    // The Servers tab with a server on it, in the light palette, a dark one and Korean; saved as
    // preferences-servers-VARIANT.png under LINER_SCREENSHOT_DIR (docs/ is made this way).
    void serversTabInLightDarkAndKorean()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::ServerAccount account;
        account.url = QUrl(fake.url());
        account.user = QStringLiteral("alice");
        const QList<server::ServerAccount> before = server::ServerSettings().accounts();
        server::ServerSettings().setAccounts({account});
        QApplication::setStyle(QStringLiteral("Fusion")); // as the window's other pictures
        const QPalette light = QApplication::style()->standardPalette();
        QImage lightShot;
        QImage darkShot;
        shootServersTab(QStringLiteral("light"), lightShot);
        QApplication::setPalette(testing::darkPalette());
        shootServersTab(QStringLiteral("dark"), darkShot);
        QApplication::setPalette(light);
        QVERIFY2(testing::meanLightness(darkShot) < testing::meanLightness(lightShot) * 0.6,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(testing::meanLightness(darkShot))
                                .arg(testing::meanLightness(lightShot))));
        {
            const testing::KoreanInterface korean;
            QVERIFY(korean.isLoaded());
            QImage koreanShot;
            shootServersTab(QStringLiteral("ko"), koreanShot);
        }
        server::ServerSettings().setAccounts(before);
    }

private:
    // Preferences opened on its Servers tab, which lists the one server of the settings.
    static void shootServersTab(const QString& variant, QImage& shot)
    {
        desktop::Settings settings;
        gui::PreferencesDialog preferences(settings, {});
        auto* tabs = preferences.findChild<QTabWidget*>(QStringLiteral("sections"));
        tabs->setCurrentIndex(tabs->count() - 1);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        const auto* list = preferences.findChild<QListWidget*>(QStringLiteral("serverList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(u"127.0.0.1"), qPrintable(list->item(0)->text()));
        if (variant == u"ko")
            QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("서버(&S)"));
        QTest::qWait(200);
        shot = preferences.grab().toImage();
        const QString shots = qEnvironmentVariable("LINER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            shot.save(shots + QStringLiteral("/preferences-servers-%1.png").arg(variant));
    }
};

QTEST_MAIN(TestServerPreferences)
#include "tst_serverpreferences.moc"
