#include "desktop/MprisRootAdaptor.h"

#include "desktop/MprisService.h"

namespace liner::desktop {

MprisRootAdaptor::MprisRootAdaptor(MprisService* service)
    : QDBusAbstractAdaptor(service), m_service(service)
{}

bool MprisRootAdaptor::canRaise() const
{
    return m_service->canRaise();
}

QString MprisRootAdaptor::identity() const
{
    return QStringLiteral("Liner");
}

QString MprisRootAdaptor::desktopEntry() const
{
    return QStringLiteral(LINER_APP_ID);
}

QStringList MprisRootAdaptor::supportedUriSchemes() const
{
    return {QStringLiteral("file")};
}

QStringList MprisRootAdaptor::supportedMimeTypes() const
{
    // The formats the engine is tested with (see demo::FixtureFormat).
    return {QStringLiteral("audio/flac"),         QStringLiteral("audio/x-wav"),
            QStringLiteral("audio/mpeg"),         QStringLiteral("audio/mp4"),
            QStringLiteral("audio/aac"),          QStringLiteral("audio/ogg"),
            QStringLiteral("audio/x-vorbis+ogg"), QStringLiteral("audio/x-opus+ogg"),
            QStringLiteral("audio/x-wavpack"),    QStringLiteral("inode/directory")};
}

void MprisRootAdaptor::Raise()
{
    emit m_service->raiseRequested();
}

void MprisRootAdaptor::Quit()
{
    emit m_service->quitRequested();
}

} // namespace liner::desktop
