#pragma once

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <memory>

namespace liner::engine {

// Single-producer single-consumer FIFO of samples. The producer (engine thread) and the consumer
// (audio callback) each own one index; neither ever waits for the other, so the callback stays
// real-time safe. Capacity is rounded up to a power of two so wrapping is a mask.
class RingBuffer
{
public:
    explicit RingBuffer(std::size_t minimumCapacity);

    std::size_t capacity() const { return m_mask + 1; }
    std::size_t readable() const;
    std::size_t writable() const;

    // Producer side: copies up to count samples, returns how many fit.
    std::size_t write(const float* source, std::size_t count);
    // Consumer side: copies up to count samples, returns how many were there.
    std::size_t read(float* destination, std::size_t count);

    // Empties the buffer. Only while the consumer is stopped.
    void clear();

private:
    struct Free
    {
        void operator()(float* data) const { std::free(data); }
    };
    std::unique_ptr<float[], Free> m_data;
    std::size_t m_mask;
    // Free-running counters: their difference is the fill level even after they wrap.
    alignas(64) std::atomic<std::size_t> m_writeIndex{0};
    alignas(64) std::atomic<std::size_t> m_readIndex{0};
};

} // namespace liner::engine
