import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed disk operation, said in words a user can act on: what sitegen tried, on which path,
/// why the system refused, and what to do (instead of Foundation's `Code=512 "(null)"`).
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    /// The system's reason (`strerror`), e.g. "Permission denied".
    public var reason: String
    public var errorNumber: Int32

    public init(_ operation: String, _ path: String, errorNumber: Int32) {
        self.operation = operation
        self.path = path
        self.errorNumber = errorNumber
        reason = String(cString: strerror(errorNumber))
    }

    /// From the current `errno`.
    static func current(_ operation: String, _ path: String) -> FileSystemError {
        FileSystemError(operation, path, errorNumber: errno)
    }

    /// Wraps Foundation's errors, whose text rarely names the cause, in one of these.
    static func wrapping(_ error: Error, _ operation: String, _ path: String) -> FileSystemError {
        if let error = error as? FileSystemError { return error }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return FileSystemError(operation, path, errorNumber: Int32(underlying.code)) }
        if let posix = error as? POSIXError { return FileSystemError(operation, path, errorNumber: posix.code.rawValue) }
        switch (error as NSError).code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return FileSystemError(operation, path, errorNumber: ENOENT)
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return FileSystemError(operation, path, errorNumber: EACCES)
        case NSFileWriteFileExistsError: return FileSystemError(operation, path, errorNumber: EEXIST)
        case NSFileWriteOutOfSpaceError: return FileSystemError(operation, path, errorNumber: ENOSPC)
        default: return FileSystemError(operation, path, errorNumber: EIO)
        }
    }

    /// What a user can do about it.
    public var advice: String {
        switch errorNumber {
        case EACCES, EPERM, EROFS: return "check that you may write there (permissions, read-only mounts)"
        case ENOSPC, EDQUOT: return "free some disk space"
        case ENOTDIR: return "a file stands where a folder is needed; move it away"
        case EISDIR: return "a folder stands where a file is needed; move it away"
        case ENOENT: return "check that the path exists"
        case EEXIST, ENOTEMPTY: return "move the existing entry away"
        default: return "check the path and try again"
        }
    }

    public var description: String {
        "cannot \(operation) '\(path)': \(reason); \(advice)"
    }
}
