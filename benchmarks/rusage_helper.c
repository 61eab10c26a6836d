/*
 * rusage_helper: run a command and report its own wall time and peak RSS.
 *
 *   rusage_helper RESULT_FILE COMMAND [ARGS...]
 *
 * Why: on Linux a process's ru_maxrss starts at the high-water RSS of the
 * process that spawned it (exec records the old address space's peak), so a
 * benchmark started straight from the Python runner would report at least
 * the runner's own ~16 MiB. This helper is tiny, so a grandchild spawned from
 * it starts from ~1 MiB and its ru_maxrss is its own.
 *
 * Writes "<maxrss_kib> <elapsed_ns> exit <code>" or "... signal <number>"
 * to RESULT_FILE and exits with the command's exit status (128 + signal
 * number if it was killed).
 * benchmarks/run.py compiles this with `cc -O2` on first use.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s RESULT_FILE COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) {
        perror("rusage_helper: fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "rusage_helper: cannot run %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    pid_t got;
    do {
        got = wait4(pid, &status, 0, &ru);
    } while (got < 0 && errno == EINTR);
    clock_gettime(CLOCK_MONOTONIC, &end);
    if (got < 0) {
        perror("rusage_helper: wait4");
        return 125;
    }
    long long elapsed = (long long)(end.tv_sec - start.tv_sec) * 1000000000LL
                        + (end.tv_nsec - start.tv_nsec);
    FILE *f = fopen(argv[1], "w");
    if (f != NULL) {
        if (WIFSIGNALED(status))
            fprintf(f, "%ld %lld signal %d\n", (long)ru.ru_maxrss, elapsed, WTERMSIG(status));
        else
            fprintf(f, "%ld %lld exit %d\n", (long)ru.ru_maxrss, elapsed,
                    WIFEXITED(status) ? WEXITSTATUS(status) : 125);
        fclose(f);
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 125;
}
