/* memhog [MiB=100] [ms-per-MiB=20]: one process that allocates and touches memory step by step, then sleeps.
   Single process, so an OOM kill hits PID 1 and the container ends OOMKilled with exit code 137. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  long mib = argc > 1 ? atol(argv[1]) : 100;
  long ms = argc > 2 ? atol(argv[2]) : 20;
  for (long i = 1; i <= mib; i++) {
    char *block = malloc(1 << 20);
    if (block == NULL) return 2;
    memset(block, 0xA5, 1 << 20); /* touching every page charges it to the memory cgroup */
    printf("allocated %ld MiB\n", i);
    fflush(stdout);
    usleep((useconds_t)ms * 1000);
  }
  puts("holding memory");
  fflush(stdout);
  for (;;) pause();
}
