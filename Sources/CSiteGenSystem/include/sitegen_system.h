#ifndef SITEGEN_SYSTEM_H
#define SITEGEN_SYSTEM_H

/// Swaps two paths in one atomic step (Linux: renameat2 with RENAME_EXCHANGE, called through
/// syscall(2) because older glibc has no wrapper; macOS: renamex_np with RENAME_SWAP).
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system cannot swap).
int sitegen_exchange_paths(const char *first, const char *second);

#endif
