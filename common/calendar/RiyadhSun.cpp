#include "calendar/RiyadhSun.h"

#include <QTimeZone>

#include <cmath>

namespace nomo::calendar {

namespace {
constexpr double kLatitude = 24.7136;
constexpr double kLongitude = 46.6753;
constexpr double kPi = 3.14159265358979323846;
double rad(double degrees) { return degrees * kPi / 180.0; }
double deg(double radians) { return radians * 180.0 / kPi; }

// The Julian date when the sun is `altitude` degrees high on `day`, in the evening or
// the morning (the sunrise equation, with the equation of centre and obliquity).
double whenAltitude(const QDate &day, double altitude, bool evening)
{
    const double n = double(day.toJulianDay()) - 2451545.0 + 0.0008;
    const double meanSolarNoon = n - kLongitude / 360.0;
    const double m = std::fmod(357.5291 + 0.98560028 * meanSolarNoon, 360.0);
    const double c = 1.9148 * std::sin(rad(m)) + 0.02 * std::sin(rad(2 * m)) + 0.0003 * std::sin(rad(3 * m));
    const double lambda = std::fmod(m + c + 180.0 + 102.9372, 360.0);
    const double transit = 2451545.0 + meanSolarNoon + 0.0053 * std::sin(rad(m)) - 0.0069 * std::sin(rad(2 * lambda));
    const double sinDelta = std::sin(rad(lambda)) * std::sin(rad(23.4397));
    const double cosDelta = std::cos(std::asin(sinDelta));
    const double cosOmega = (std::sin(rad(altitude)) - std::sin(rad(kLatitude)) * sinDelta) / (std::cos(rad(kLatitude)) * cosDelta);
    const double omega = deg(std::acos(std::clamp(cosOmega, -1.0, 1.0)));
    return evening ? transit + omega / 360.0 : transit - omega / 360.0;
}

QDateTime fromJulian(double julian)
{
    const qint64 ms = qint64(std::llround((julian - 2440587.5) * 86400000.0));
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}
} // namespace

QDateTime RiyadhSun::sunset(const QDate &day)
{
    return fromJulian(whenAltitude(day, -0.833, true));
}

QDateTime RiyadhSun::fajr(const QDate &day)
{
    return fromJulian(whenAltitude(day, -18.5, false));
}

} // namespace nomo::calendar
