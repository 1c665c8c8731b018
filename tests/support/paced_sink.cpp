// Reads raw audio on stdin and writes it to a file no faster than `speed` times real time.
// An ALSA `file` PCM pipes into it, so PortAudio's callback is paced the way a sound card paces
// it, only faster: an unpaced sink would drain the ring buffer faster than any decoder fills it.
//
//   paced_sink SPEED RATE CHANNELS BYTES_PER_SAMPLE OUTPUT
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

int main(int argc, char* argv[])
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: paced_sink SPEED RATE CHANNELS BYTES_PER_SAMPLE OUTPUT\n");
        return 2;
    }
    const double bytesPerSecond =
        std::atof(argv[1]) * std::atof(argv[2]) * std::atof(argv[3]) * std::atof(argv[4]);
    std::FILE* out = std::fopen(argv[5], "wb");
    if (out == nullptr || bytesPerSecond <= 0) {
        std::perror(argv[5]);
        return 1;
    }
    std::vector<char> block(4096);
    const auto start = std::chrono::steady_clock::now();
    double total = 0;
    for (;;) {
        const std::size_t got = std::fread(block.data(), 1, block.size(), stdin);
        if (got == 0)
            break;
        std::fwrite(block.data(), 1, got, out);
        total += double(got);
        std::this_thread::sleep_until(start + std::chrono::duration<double>(total / bytesPerSecond));
    }
    std::fclose(out);
    return 0;
}
