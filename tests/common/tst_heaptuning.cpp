#include "common/HeapTuning.h"

#include <QTest>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

constexpr std::size_t kMiB = 1 << 20;

// Bytes the allocator holds in blocks with pages of their own (mmap), which go back to the
// system when freed.
std::size_t ownPagesBytes()
{
    return mallinfo2().hblkhd;
}

} // namespace

class TestHeapTuning : public QObject
{
    Q_OBJECT

private slots:
    // A large block gets pages of its own even after a larger one was freed. By glibc's default
    // freeing a 4 MiB block raises the threshold to 4 MiB, and the next 1 MiB block is carved
    // from the heap, where once freed among lasting data it stays resident.
    void largeBlocksGetPagesOfTheirOwn()
    {
        if (kUnderAddressSanitizer)
            QSKIP("AddressSanitizer allocates with its own allocator");
        liner::common::keepFreedMemoryReturnable();
        // volatile: the compiler may not drop a block nothing reads.
        char* volatile larger = static_cast<char*>(std::malloc(4 * kMiB));
        std::memset(larger, 1, 4 * kMiB);
        std::free(larger);
        const std::size_t before = ownPagesBytes();
        char* volatile block = static_cast<char*>(std::malloc(kMiB));
        std::memset(block, 1, kMiB);
        const std::size_t during = ownPagesBytes();
        std::free(block);
        QVERIFY2(during >= before + kMiB,
                 qPrintable(QStringLiteral("%1 -> %2 bytes in own pages").arg(before).arg(during)));
        QCOMPARE(ownPagesBytes(), before);
    }
};

QTEST_GUILESS_MAIN(TestHeapTuning)
#include "tst_heaptuning.moc"
