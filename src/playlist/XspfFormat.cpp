#include "playlist/XspfFormat.h"

#include "playlist/WrittenLocation.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <limits>

namespace liner::playlist {

namespace {

constexpr auto kNamespace = "http://xspf.org/ns/0/";

struct TrackReader
{
    QXmlStreamReader& xml;
    const QString& baseDir;
    ReadResult& result;

    int line() const
    {
        return int(qMin<qint64>(xml.lineNumber(), std::numeric_limits<int>::max()));
    }

    // The text of the current element and all inside it. Read in a loop, not with
    // readElementText(), which recurses into each child: 100,000 nested ones overflowed the stack.
    QString text()
    {
        QString collected;
        for (int depth = 1; depth > 0 && !xml.atEnd();) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            case QXmlStreamReader::Characters:
                collected += xml.text();
                break;
            default:
                break;
            }
        }
        return collected.trimmed();
    }

    void readPlaylist()
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"title")
                result.playlist.title = text();
            else if (xml.name() == u"trackList")
                readTrackList();
            else
                xml.skipCurrentElement();
        }
    }

    void readTrackList()
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"track")
                readTrack();
            else
                xml.skipCurrentElement();
        }
    }

    void readTrack()
    {
        const int trackLine = line();
        QString location;
        QString creator;
        QString title;
        int durationSeconds = -1;
        while (xml.readNextStartElement()) {
            // Further <location>s are alternatives for the same track; the first is the one meant.
            if (xml.name() == u"location" && location.isEmpty())
                location = text();
            else if (xml.name() == u"title")
                title = text();
            else if (xml.name() == u"creator")
                creator = text();
            else if (xml.name() == u"duration")
                durationSeconds = readDuration();
            else
                xml.skipCurrentElement();
        }
        // A track cut short by malformed XML may hold half a location; it is not kept.
        if (xml.hasError())
            return;
        if (location.isEmpty()) {
            result.problems.append({trackLine, QStringLiteral("<track> without a <location>")});
            return;
        }
        PlaylistEntry entry =
            PlaylistEntry::fromLocation(location, baseDir, LocationSyntax::UriReference);
        entry.title = creator.isEmpty() || title.isEmpty()
                          ? title + creator
                          : creator + QStringLiteral(" - ") + title;
        entry.durationSeconds = durationSeconds;
        result.playlist.entries.append(entry);
    }

    int readDuration()
    {
        const int durationLine = line();
        bool ok = false;
        const qint64 ms = text().toLongLong(&ok);
        constexpr qint64 maxMs = qint64(std::numeric_limits<int>::max()) * 1000;
        if (!ok || ms > maxMs) {
            result.problems.append(
                {durationLine, QStringLiteral("<duration> is not a number of milliseconds")});
            return -1;
        }
        return ms < 0 ? -1 : int((ms + 500) / 1000);
    }
};

// XML 1.0 cannot carry most control characters, not even escaped; they are left out.
QString xmlText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const bool allowed = (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r') &&
                             c.unicode() != 0xFFFE && c.unicode() != 0xFFFF;
        if (allowed)
            clean.append(c);
    }
    return clean;
}

} // namespace

ReadResult readXspf(const QByteArray& bytes, const QString& baseDir)
{
    ReadResult result;
    QXmlStreamReader xml(bytes);
    TrackReader reader{xml, baseDir, result};
    if (xml.readNextStartElement()) {
        if (xml.name() == u"playlist")
            reader.readPlaylist();
        else
            result.problems.append(
                {reader.line(), QStringLiteral("Not an XSPF playlist: <%1>").arg(xml.name())});
    }
    if (xml.hasError())
        result.problems.append({reader.line(), xml.errorString()});
    return result;
}

QByteArray writeXspf(const QList<PlaylistEntry>& entries, const WriteOptions& options)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("playlist"));
    xml.writeDefaultNamespace(QString::fromLatin1(kNamespace));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    if (!options.title.isEmpty())
        xml.writeTextElement(QStringLiteral("title"), xmlText(options.title));
    xml.writeStartElement(QStringLiteral("trackList"));
    for (const PlaylistEntry& entry : entries) {
        xml.writeStartElement(QStringLiteral("track"));
        xml.writeTextElement(
            QStringLiteral("location"),
            xmlText(writtenLocation(entry, options.relativeTo, LocationSyntax::UriReference)));
        if (!entry.title.isEmpty())
            xml.writeTextElement(QStringLiteral("title"), xmlText(entry.title));
        if (entry.durationSeconds >= 0)
            xml.writeTextElement(QStringLiteral("duration"),
                                 QString::number(qint64(entry.durationSeconds) * 1000));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace liner::playlist
