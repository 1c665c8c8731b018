#include "gui/CoverColours.h"

#include <array>
#include <cmath>

namespace liner::gui {

namespace {

constexpr int kSample = 32;
constexpr int kHueBins = 24;

double channelLuminance(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    return 0.2126 * channelLuminance(color.redF()) + 0.7152 * channelLuminance(color.greenF()) +
           0.0722 * channelLuminance(color.blueF());
}

struct HueBin
{
    int count = 0;
    double red = 0;
    double green = 0;
    double blue = 0;
    double saturation = 0;

    QColor mean() const
    {
        return QColor::fromRgbF(float(red / count), float(green / count), float(blue / count));
    }
};

struct CoverHues
{
    QColor dominant; // invalid when the cover is (nearly) without colour
    QColor vivid;
    QColor average;
};

CoverHues readHues(const QImage& cover)
{
    CoverHues hues;
    if (cover.isNull())
        return hues;
    const QImage small =
        cover.convertToFormat(QImage::Format_ARGB32)
            .scaled(kSample, kSample, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    std::array<HueBin, kHueBins> bins{};
    HueBin all;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            const QColor pixel = small.pixelColor(x, y);
            if (pixel.alphaF() < 0.5F)
                continue;
            const float s = pixel.hslSaturationF();
            const float l = pixel.lightnessF();
            for (HueBin* bin : {&all, s > 0.18F && l > 0.08F && l < 0.92F
                                          ? &bins.at(std::max(0, pixel.hslHue()) * kHueBins / 360)
                                          : nullptr}) {
                if (bin == nullptr)
                    continue;
                ++bin->count;
                bin->red += pixel.redF();
                bin->green += pixel.greenF();
                bin->blue += pixel.blueF();
                bin->saturation += s;
            }
        }
    }
    if (all.count == 0)
        return hues;
    hues.average = all.mean();
    const HueBin* dominant = nullptr;
    const HueBin* vivid = nullptr;
    double vividScore = 0;
    for (const HueBin& bin : bins) {
        if (bin.count == 0)
            continue;
        if (dominant == nullptr || bin.count > dominant->count)
            dominant = &bin;
        // A colour must cover some of the picture to stand for it, not one stray pixel.
        const double saturation = bin.saturation / bin.count;
        const double score = saturation * saturation * std::sqrt(double(bin.count));
        if (bin.count * 50 >= all.count && score > vividScore) {
            vivid = &bin;
            vividScore = score;
        }
    }
    // Under a tenth of the picture in colour: a black-and-white cover.
    if (dominant == nullptr || dominant->count * 10 < all.count)
        return hues;
    hues.dominant = dominant->mean();
    hues.vivid = (vivid != nullptr ? vivid : dominant)->mean();
    return hues;
}

QColor withLightness(const QColor& color, double lightness, double maxSaturation)
{
    const float hue = std::max(0.0F, color.hslHueF());
    const float saturation = std::min(color.hslSaturationF(), float(maxSaturation));
    return QColor::fromHslF(hue, saturation, float(std::clamp(lightness, 0.0, 1.0)));
}

// The least opacity of `text` over `background` that reaches `ratio`.
QColor dimmedTo(const QColor& text, const QColor& background, double ratio)
{
    for (qreal alpha = 0.2; alpha < 1.0; alpha += 0.02) {
        const QColor color = blended(text, alpha, background);
        if (contrastRatio(color, background) >= ratio)
            return color;
    }
    return text;
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blended(const QColor& top, qreal alpha, const QColor& bottom)
{
    const auto mix = [alpha](float t, float b) {
        return float(t * alpha + b * (1 - alpha));
    };
    return QColor::fromRgbF(mix(top.redF(), bottom.redF()), mix(top.greenF(), bottom.greenF()),
                            mix(top.blueF(), bottom.blueF()));
}

QColor withContrast(const QColor& color, const QColor& background, double ratio)
{
    if (contrastRatio(color, background) >= ratio)
        return color;
    // Lighter on a dark background, darker on a light one: the way with more room.
    const bool lighter =
        contrastRatio(Qt::white, background) >= contrastRatio(Qt::black, background);
    double low = color.lightnessF();
    double high = lighter ? 1.0 : 0.0;
    const QColor extreme = lighter ? QColor(Qt::white) : QColor(Qt::black);
    if (contrastRatio(extreme, background) < ratio)
        return extreme;
    for (int step = 0; step < 20; ++step) {
        const double middle = (low + high) / 2;
        if (contrastRatio(withLightness(color, middle, 1.0), background) >= ratio)
            high = middle;
        else
            low = middle;
    }
    return withLightness(color, high, 1.0);
}

CoverColours CoverColours::fromCover(const QImage& cover)
{
    const CoverHues hues = readHues(cover);
    const QColor base = hues.dominant.isValid()  ? hues.dominant
                        : hues.average.isValid() ? withLightness(hues.average, 0.3, 0.08)
                                                 : QColor(0x2a, 0x28, 0x30);
    CoverColours colours;
    colours.text = withLightness(base, 0.97, 0.25);
    // Deep enough for white type whatever the hue (yellow is the lightest at equal lightness).
    double lightness = 0.26;
    colours.backgroundTop = withLightness(base, lightness, 0.55);
    while (contrastRatio(colours.text, colours.backgroundTop) < 7.5 && lightness > 0.02) {
        lightness -= 0.01;
        colours.backgroundTop = withLightness(base, lightness, 0.55);
    }
    colours.backgroundBottom = withLightness(base, lightness * 0.45, 0.45);
    // The lighter end is the harder one to read on; every colour is measured against it.
    colours.secondaryText = dimmedTo(colours.text, colours.backgroundTop, 4.6);
    colours.dimText = dimmedTo(colours.text, colours.backgroundTop, 3.1);
    const QColor vivid = hues.vivid.isValid() ? hues.vivid : withLightness(base, 0.7, 0.3);
    colours.accent =
        withContrast(withLightness(vivid, std::max(0.6, double(vivid.lightnessF())), 0.85),
                     colours.backgroundTop, 3.1);
    return colours;
}

QColor CoverColours::accentOn(const QImage& cover, const QColor& paper)
{
    const CoverHues hues = readHues(cover);
    const QColor vivid =
        hues.vivid.isValid() ? withLightness(hues.vivid, 0.45, 0.8) : QColor(0x8a, 0x3b, 0x5c);
    return withContrast(vivid, paper, 4.6);
}

} // namespace liner::gui
