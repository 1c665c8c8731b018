#pragma once

#include <QString>
#include <QStringList>

namespace liner::testing {

// Root reads every folder whatever its mode, and tests here often run as root. A test of an
// unreadable folder therefore runs its subject as `nobody` when it is root: through this command
// prefix (setpriv, from util-linux), empty when the test is not root and chmod 000 is enough.
QStringList asNobodyWhenRoot();

// `executable` itself when `nobody` may run it, else a copy of it in `scratch`, a folder this makes
// open to everyone (a build under /root is out of nobody's reach). Empty if the copy failed.
QString runnableByNobody(const QString& executable, const QString& scratch);

// Lets every user read `folder` and all it holds and enter its subfolders (a QTemporaryDir is
// private to its owner), so that `nobody` meets only the folders a test then locks.
bool openToEveryone(const QString& folder);

// chmod 000 on a folder, and back (so QTemporaryDir can remove it).
bool lockFolder(const QString& folder);
bool unlockFolder(const QString& folder);

} // namespace liner::testing
