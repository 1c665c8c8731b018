// liner: what users start. It starts the program (LINER_LAUNCHED_PROGRAM, relative to this file's
// folder: libexec/liner/liner beside bin/) with every argument as given, once glibc's allocator is
// told to ask for transparent huge pages for its heaps (glibc.malloc.hugetlb=1).
//
// Why: a library of 100,000 tracks is about 90 MiB of small blocks, and on a virtual machine each
// fresh 4 KiB page costs the kernel about 10 µs to hand over. With huge pages, a start from the
// cache took 335-391 ms against 392-545 ms (six starts each, in turns), and resident memory grew
// by about 1 MiB. glibc reads its tunables only from the environment at process start, before any
// code of ours runs, so the program cannot ask for this itself. The launcher is linked statically
// and loads no library, so it costs one exec: 2.5-4 ms. A GLIBC_TUNABLES that already names hugetlb
// is left as the user set it.
#include <array>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace {

constexpr const char* kHugePages = "glibc.malloc.hugetlb";

// The program's path into `path`, or false when this file cannot be found (no /proc) or the path
// is too long. Fixed buffers, not std::string: the C++ library is not loaded.
bool findProgram(std::array<char, PATH_MAX>& path)
{
    const ssize_t length = readlink("/proc/self/exe", path.data(), path.size());
    if (length <= 0 || std::size_t(length) >= path.size())
        return false;
    path[std::size_t(length)] = '\0';
    char* slash = std::strrchr(path.data(), '/');
    const std::size_t folder = std::size_t(slash - path.data()) + 1;
    const int written =
        std::snprintf(path.data() + folder, path.size() - folder, "%s", LINER_LAUNCHED_PROGRAM);
    return written >= 0 && std::size_t(written) < path.size() - folder;
}

// Adds hugetlb to the user's tunables unless they name it.
void askForHugePages()
{
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables == nullptr)
        tunables = "";
    if (std::strstr(tunables, kHugePages) != nullptr)
        return;
    // "TUNABLES:" (nothing before an empty one), the name, "=1" and the terminating zero.
    const std::size_t size = std::strlen(tunables) + 1 + std::strlen(kHugePages) + 3;
    char* asked = static_cast<char*>(std::malloc(size));
    if (asked == nullptr)
        return;
    std::snprintf(asked, size, "%s%s%s=1", tunables, *tunables == '\0' ? "" : ":", kHugePages);
    setenv("GLIBC_TUNABLES", asked, 1);
    std::free(asked);
}

} // namespace

int main(int /*argc*/, char* argv[])
{
    std::array<char, PATH_MAX> program{};
    if (!findProgram(program)) {
        std::fprintf(stderr, "liner: cannot find where it is installed (/proc/self/exe)\n");
        return 127;
    }
    askForHugePages();
    execv(program.data(), argv);
    std::fprintf(stderr, "liner: cannot start %s: %s\n", program.data(), std::strerror(errno));
    return 127;
}
