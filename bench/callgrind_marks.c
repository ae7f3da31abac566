/* Marks around a measured loop for `python -m bench --instructions`.
 *
 * Python cannot issue valgrind client requests itself (they are magic instruction sequences),
 * so the worker loads this, compiled at run time, with ctypes. Outside valgrind the requests
 * are no-ops, so loading it there is harmless.
 */
#include <valgrind/callgrind.h>

/* Count from here: forget whatever came before (start-up, imports, warm-up calls). */
void marks_start(void)
{
    CALLGRIND_ZERO_STATS;
    CALLGRIND_START_INSTRUMENTATION;
    CALLGRIND_TOGGLE_COLLECT;
}

/* Stop counting and write what was counted to the next dump file, tagged with `name`. */
void marks_stop(const char *name)
{
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT(name);
}
