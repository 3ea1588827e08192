/* The Darwin declarations the kqueue watcher uses, as Darwin's <sys/event.h>, <fcntl.h>,
   <sys/resource.h>, <sys/syslimits.h> and <errno.h> declare them (and as the Swift overlay
   spells open and errno), so that Linux can type-check that code: see .ci/typecheck-kqueue. */
#include <stdint.h>
#include <time.h>
struct kevent {
    uintptr_t ident;
    int16_t filter;
    uint16_t flags;
    uint32_t fflags;
    intptr_t data;
    void *udata;
};
int kqueue(void);
int kevent(int kq, const struct kevent *changelist, int nchanges, struct kevent *eventlist, int nevents, const struct timespec *timeout);
#define EVFILT_READ (-1)
#define EVFILT_VNODE (-4)
#define EV_ADD 0x0001
#define EV_CLEAR 0x0020
#define EV_ERROR 0x4000
#define NOTE_DELETE 0x00000001
#define NOTE_WRITE 0x00000002
#define NOTE_EXTEND 0x00000004
#define NOTE_ATTRIB 0x00000008
#define NOTE_RENAME 0x00000020
#define O_EVTONLY 0x00008000
#define O_NOFOLLOW 0x00000100
#define O_CLOEXEC 0x01000000
int open(const char *path, int oflag); /* the Swift overlay's non-variadic open(_:_:) */
int close(int fd);
extern const int errno;
#define EMFILE 24
#define ENFILE 23
typedef uint64_t rlim_t;
struct rlimit { rlim_t rlim_cur; rlim_t rlim_max; };
#define RLIMIT_NOFILE 8
int getrlimit(int resource, struct rlimit *rlp);
int setrlimit(int resource, const struct rlimit *rlp);
#define OPEN_MAX 10240
