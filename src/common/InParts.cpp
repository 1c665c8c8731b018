#include "common/InParts.h"

#include <QFuture>
#include <QList>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace liner::common {

namespace {

QThreadPool& helpers()
{
    static QThreadPool pool;
    return pool;
}

} // namespace

void inParts(qsizetype count, const std::function<void(qsizetype from, qsizetype to)>& work,
             qsizetype least)
{
    const qsizetype parts = std::clamp<qsizetype>(count / std::max<qsizetype>(least, 1), 1,
                                                  std::max(QThread::idealThreadCount(), 1));
    const auto bound = [count, parts](qsizetype part) {
        return count * part / parts;
    };
    QList<QFuture<void>> others;
    others.reserve(parts - 1);
    for (qsizetype part = 1; part < parts; ++part)
        others << QtConcurrent::run(&helpers(), work, bound(part), bound(part + 1));
    work(0, bound(1));
    // A part no helper has taken yet is taken back and done here.
    for (QFuture<void>& other : others)
        other.waitForFinished();
}

} // namespace liner::common
