// Reads raw audio on stdin and writes it to a file no faster than `speed` times real time.
// An ALSA `file` PCM pipes into it, so PortAudio's callback is paced the way a sound card paces
// it, only faster: an unpaced sink would drain the ring buffer faster than any decoder fills it.
// It writes OUTPUT.part and renames it to OUTPUT when the stream closes, so a reader never sees a
// capture that is still growing.
//
//   paced_sink SPEED RATE CHANNELS BYTES_PER_SAMPLE OUTPUT
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
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
    const std::string output = argv[5];
    const std::string partial = output + ".part";
    std::FILE* out = std::fopen(partial.c_str(), "wb");
    if (out == nullptr || bytesPerSecond <= 0) {
        std::perror(partial.c_str());
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
        std::this_thread::sleep_until(start +
                                      std::chrono::duration<double>(total / bytesPerSecond));
    }
    std::fclose(out);
    return std::rename(partial.c_str(), output.c_str()) == 0 ? 0 : 1;
}
