#pragma once

#include <QLibrary>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <memory>
#include <vector>

namespace liner::common {

// C libraries loaded when Liner first needs them rather than when it starts. FFmpeg's libavcodec
// and aubio (which links FFmpeg again) bring about a hundred codec libraries with them (x265,
// rav1e, librsvg, gnutls...), whose relocations cost the window 17 MiB resident and a moment of
// dynamic linking before it can show: a window that browses a library and plays nothing pays
// neither. The libraries stay loaded once loaded.
class LateLibraries
{
public:
    // Loads each library by its soname ("libavformat.so.59"), in order.
    explicit LateLibraries(std::initializer_list<const char*> sonames);

    // Points `into` at the function `name` of whichever library has it, typed as the caller
    // declares it (decltype of the header's declaration, so the types cannot drift).
    template <typename Function> void resolve(const char* name, Function*& into)
    {
        // QLibrary gives every symbol as one generic function pointer type.
        into = reinterpret_cast<Function*>(find(name));
    }

    // Empty when every library loaded and every function asked for was found; else what is
    // missing, in words for the user.
    QString error() const;

private:
    QFunctionPointer find(const char* name);

    std::vector<std::unique_ptr<QLibrary>> m_libraries;
    QString m_notLoaded;
    QStringList m_missing;
};

// A set of functions (a struct of pointers with `void resolveFrom(LateLibraries&)`) and whether it
// could be had.
template <typename Functions> struct LateFunctions
{
    Functions functions;
    QString error; // empty when every function is there, else why not
};

// The functions of the library the user knows as `name` ("FFmpeg"), loaded from `sonames` on the
// first call, from whichever thread calls first; `prepare` runs once on them when they are all
// there. Later calls give what the first one loaded.
template <typename Functions>
const LateFunctions<Functions>& loadOnce(const char* name,
                                         std::initializer_list<const char*> sonames,
                                         void (*prepare)(const Functions&) = nullptr)
{
    static const LateFunctions<Functions> loaded = [&] {
        LateLibraries libraries(sonames);
        LateFunctions<Functions> functions;
        functions.functions.resolveFrom(libraries);
        functions.error = libraries.error();
        if (!functions.error.isEmpty())
            functions.error =
                QStringLiteral("%1 cannot be loaded: %2").arg(QLatin1String(name), functions.error);
        else if (prepare != nullptr)
            prepare(functions.functions);
        return functions;
    }();
    return loaded;
}

} // namespace liner::common

// Inside a struct of functions, LIST(LINER_LATE_POINTER) declares a pointer per function, typed as
// its header declares it, and LIST(LINER_LATE_RESOLVE) (in resolveFrom) points each at it.
#define LINER_LATE_POINTER(name)                                                                   \
    using name##_type = decltype(&::name);                                                         \
    name##_type name = nullptr;
#define LINER_LATE_RESOLVE(name) libraries.resolve(#name, name);
