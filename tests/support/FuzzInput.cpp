#include "support/FuzzInput.h"

namespace liner::testing {

QByteArray randomBytes(QRandomGenerator& random, int maxSize)
{
    QByteArray bytes(random.bounded(maxSize), Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

QByteArray mutated(QRandomGenerator& random, QByteArray bytes, const QByteArray& alphabet)
{
    const int edits = 1 + random.bounded(8);
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = bytes.isEmpty() ? 0 : random.bounded(int(bytes.size()));
        switch (random.bounded(4)) {
        case 0:
            if (!bytes.isEmpty())
                bytes[at] = char(random.bounded(256));
            break;
        case 1:
            bytes.insert(at, alphabet[random.bounded(int(alphabet.size()))]);
            break;
        case 2:
            bytes.remove(at, random.bounded(6));
            break;
        default:
            bytes.insert(at, bytes.mid(random.bounded(int(bytes.size()) + 1), random.bounded(40)));
            break;
        }
    }
    return bytes;
}

} // namespace liner::testing
