#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace liner::testing {

// Noise: up to maxSize random bytes.
QByteArray randomBytes(QRandomGenerator& random, int maxSize);

// A valid input with a few edits: byte flips, insertions of characters from `alphabet` (the
// format's own syntax), deletions and splices. Nearly valid inputs reach deeper into a parser
// than noise does.
QByteArray mutated(QRandomGenerator& random, QByteArray bytes, const QByteArray& alphabet);

} // namespace liner::testing
