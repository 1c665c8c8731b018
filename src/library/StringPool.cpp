#include "library/StringPool.h"

namespace liner::library {

StringPool::StringPool()
    : m_blocks(std::make_unique<std::array<std::unique_ptr<QString[]>, kBlocks>>())
{
    (*m_blocks)[0] = std::make_unique<QString[]>(std::size_t(1) << kBlockBits);
    m_ids.insert(QString(), kEmpty);
    m_size = 1;
}

StringPool::~StringPool() = default;

StringPool::Id StringPool::intern(const QString& text)
{
    if (const auto found = m_ids.constFind(text); found != m_ids.cend())
        return *found;
    const Id id = m_size++;
    auto& block = (*m_blocks)[id >> kBlockBits];
    if (!block)
        block = std::make_unique<QString[]>(std::size_t(1) << kBlockBits);
    block[id & kBlockMask] = text;
    m_ids.insert(text, id);
    return id;
}

} // namespace liner::library
