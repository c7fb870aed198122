<?php

declare(strict_types=1);

namespace B24Emu\Runtime;

/**
 * The fixed facts of one emulator run, written by `start` (or `serve-dev`) to run/config.json:
 * origins, app credentials, the webhook codes and the default settings.
 */
final class RunConfig
{
    private static ?self $loaded = null;

    /** @param array<string, mixed> $data */
    private function __construct(private readonly array $data)
    {
    }

    public static function get(): self
    {
        if (self::$loaded === null) {
            $text = @file_get_contents(Paths::config());
            $data = is_string($text) ? json_decode($text, true) : null;
            if (!is_array($data)) {
                throw new \RuntimeException('emulator run config missing: ' . Paths::config() . ' (run emulator/start)');
            }
            self::$loaded = new self($data);
        }
        return self::$loaded;
    }

    /** @param array<string, mixed> $data */
    public static function write(array $data): void
    {
        $path = Paths::config();
        $tmp = $path . '.tmp';
        file_put_contents($tmp, json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
        rename($tmp, $path);
        self::$loaded = null;
    }

    public function string(string $key): string
    {
        return (string)($this->data[$key] ?? '');
    }

    public function bool(string $key): bool
    {
        return (bool)($this->data[$key] ?? false);
    }

    /** @return array<string, mixed> */
    public function array(string $key): array
    {
        $value = $this->data[$key] ?? [];
        return is_array($value) ? $value : [];
    }

    /** Base URL ("https://host:port/") of an origin: portal, oauth, renamed, plain. */
    public function origin(string $name): string
    {
        return (string)($this->array('origins')[$name] ?? '');
    }

    /** host[:port] of an origin, the form the portal uses for `domain`. */
    public function domain(string $name): string
    {
        $parts = parse_url($this->origin($name));
        $host = (string)($parts['host'] ?? 'localhost');
        return isset($parts['port']) ? $host . ':' . $parts['port'] : $host;
    }

    public function clientEndpoint(): string
    {
        return $this->origin('portal') . 'rest/';
    }

    public function serverEndpoint(): string
    {
        return $this->origin('oauth') . 'rest/';
    }
}
