#include "app/DurableFile.h"

#include "security/RandomToken.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

Status failed(const QString &what, const QString &path)
{
    return fail(ErrorCode::ConfigError, u"file.unwritable"_s,
                u"cannot %1 %2: %3"_s.arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t wrote = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return false;
        done += wrote;
    }
    return true;
}

} // namespace

Status writeFileDurably(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return failed(u"create the folder of"_s, path);
    const QByteArray target = QFile::encodeName(path);
    // A fresh name, created here or not at all: never an existing file or a symlink
    // someone left in the folder.
    auto random = randomUrlToken(12);
    if (!random)
        return fail(random.error());
    const QByteArray temporary = target + ".tmp-" + random->toLatin1();
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(u"create"_s, QFile::decodeName(temporary));
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
        const Status problem = failed(u"write"_s, path);
        ::unlink(temporary.constData());
        return problem;
    }
    // The rename is durable once the folder is.
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = dir >= 0 && ::fsync(dir) == 0;
    if (dir >= 0)
        ::close(dir);
    if (!synced)
        return failed(u"sync the folder of"_s, path);
    return {};
}

} // namespace nomo
