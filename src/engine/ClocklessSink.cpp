#include "engine/ClocklessSink.h"

#include <alsa/asoundlib.h>
#include <cstring>

namespace liner::engine {

namespace {

// Plugin chains are short; the bound only guards against a configuration that names itself.
constexpr int kMaxChainDepth = 8;

bool endsInNull(snd_config_t* definition, int depth);

bool namedPcmEndsInNull(const char* name, int depth)
{
    snd_config_t* definition = nullptr;
    if (depth > kMaxChainDepth ||
        snd_config_search_definition(snd_config, "pcm", name, &definition) < 0)
        return false;
    const bool result = endsInNull(definition, depth);
    snd_config_delete(definition);
    return result;
}

bool endsInNull(snd_config_t* definition, int depth)
{
    snd_config_t* typeNode = nullptr;
    const char* type = nullptr;
    if (snd_config_search(definition, "type", &typeNode) < 0 ||
        snd_config_get_string(typeNode, &type) < 0)
        return false;
    if (std::strcmp(type, "null") == 0)
        return true;
    // A file PCM that pipes into a program ("|command") goes at that program's pace, which may
    // well be real time (an encoder feeding a stream): only a plain file is known to have none.
    snd_config_t* fileNode = nullptr;
    const char* file = nullptr;
    if (std::strcmp(type, "file") == 0 && snd_config_search(definition, "file", &fileNode) >= 0 &&
        snd_config_get_string(fileNode, &file) >= 0 && file[0] == '|')
        return false;
    snd_config_t* slave = nullptr;
    if (snd_config_search(definition, "slave.pcm", &slave) < 0 &&
        snd_config_search(definition, "slave", &slave) < 0)
        return false;
    const char* slaveName = nullptr;
    if (snd_config_get_string(slave, &slaveName) >= 0)
        return namedPcmEndsInNull(slaveName, depth + 1);
    return snd_config_get_type(slave) == SND_CONFIG_TYPE_COMPOUND && endsInNull(slave, depth + 1);
}

} // namespace

bool isClocklessAlsaPcm(const QString& pcmName)
{
    if (snd_config_update() < 0)
        return false;
    return namedPcmEndsInNull(pcmName.toUtf8().constData(), 0);
}

} // namespace liner::engine
