#include "common/LateLibraries.h"

namespace liner::common {

LateLibraries::LateLibraries(std::initializer_list<const char*> sonames)
{
    for (const char* soname : sonames) {
        auto library = std::make_unique<QLibrary>(QString::fromLatin1(soname));
        if (!library->load()) {
            m_notLoaded = library->errorString();
            return;
        }
        m_libraries.push_back(std::move(library));
    }
}

QFunctionPointer LateLibraries::find(const char* name)
{
    for (const auto& library : m_libraries) {
        if (const QFunctionPointer function = library->resolve(name))
            return function;
    }
    if (m_notLoaded.isEmpty())
        m_missing << QString::fromLatin1(name);
    return nullptr;
}

QString LateLibraries::error() const
{
    if (!m_notLoaded.isEmpty())
        return m_notLoaded;
    if (!m_missing.isEmpty())
        return QStringLiteral("the installed library lacks %1")
            .arg(m_missing.join(QStringLiteral(", ")));
    return {};
}

} // namespace liner::common
