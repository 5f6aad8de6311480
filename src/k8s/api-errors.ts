// Reading the HTTP status and message out of client-node's ApiException without `any`.

interface ApiFailure {
  code: number;
  message: string;
}

export function apiFailure(error: unknown): ApiFailure | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  if (typeof code !== "number") return undefined;
  const body = (error as { body?: unknown }).body;
  let message = error instanceof Error ? error.message : `HTTP ${code}`;
  if (typeof body === "string") {
    try {
      const parsed = JSON.parse(body) as { message?: unknown };
      if (typeof parsed.message === "string") message = parsed.message;
    } catch {
      // the body was not JSON: keep the exception's own message
    }
  }
  return { code, message };
}

export function isNotFound(error: unknown): boolean {
  return apiFailure(error)?.code === 404;
}

export function isConflict(error: unknown): boolean {
  return apiFailure(error)?.code === 409;
}

export function errorText(error: unknown): string {
  return apiFailure(error)?.message ?? (error instanceof Error ? error.message : String(error));
}
