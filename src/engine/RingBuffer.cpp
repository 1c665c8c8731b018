#include "engine/RingBuffer.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>

namespace liner::engine {

// calloc() rather than new[]: a buffer this large is fresh zeroed pages that calloc() need not
// clear, so they take no memory until audio is written to them, and a Liner that has not played
// yet holds none of these megabytes.
RingBuffer::RingBuffer(std::size_t minimumCapacity)
    : m_data(static_cast<float*>(
          std::calloc(std::bit_ceil(std::max<std::size_t>(minimumCapacity, 2)), sizeof(float)))),
      m_mask(std::bit_ceil(std::max<std::size_t>(minimumCapacity, 2)) - 1)
{}

std::size_t RingBuffer::readable() const
{
    return m_writeIndex.load(std::memory_order_acquire) -
           m_readIndex.load(std::memory_order_acquire);
}

std::size_t RingBuffer::writable() const
{
    return capacity() - readable();
}

std::size_t RingBuffer::write(const float* source, std::size_t count)
{
    const std::size_t write = m_writeIndex.load(std::memory_order_relaxed);
    const std::size_t read = m_readIndex.load(std::memory_order_acquire);
    count = std::min(count, capacity() - (write - read));
    const std::size_t start = write & m_mask;
    const std::size_t first = std::min(count, capacity() - start);
    std::memcpy(m_data.get() + start, source, first * sizeof(float));
    std::memcpy(m_data.get(), source + first, (count - first) * sizeof(float));
    m_writeIndex.store(write + count, std::memory_order_release);
    return count;
}

std::size_t RingBuffer::read(float* destination, std::size_t count)
{
    const std::size_t read = m_readIndex.load(std::memory_order_relaxed);
    const std::size_t write = m_writeIndex.load(std::memory_order_acquire);
    count = std::min(count, write - read);
    const std::size_t start = read & m_mask;
    const std::size_t first = std::min(count, capacity() - start);
    std::memcpy(destination, m_data.get() + start, first * sizeof(float));
    std::memcpy(destination + first, m_data.get(), (count - first) * sizeof(float));
    m_readIndex.store(read + count, std::memory_order_release);
    return count;
}

void RingBuffer::clear()
{
    m_readIndex.store(m_writeIndex.load(std::memory_order_acquire), std::memory_order_release);
}

} // namespace liner::engine
