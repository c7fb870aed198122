<?php
/*
 * A token store written in PHP as an application would write its own: one
 * JSON file per portal in a folder, replaced atomically (temporary file +
 * rename), and an flock() on a side file per portal as the cross-process
 * lock that keeps a refresh single-flight.
 */
final class FlockTokenStore implements B24TokenStore
{
    /** @var array<string, resource> lock files held, by member_id */
    private array $held = [];

    public function __construct(private string $dir)
    {
    }

    private function path(string $memberId, string $suffix): string
    {
        if (!preg_match('/^[A-Za-z0-9_-]{1,64}$/D', $memberId)) {
            throw new ValueError('bad member_id');
        }
        return "{$this->dir}/{$memberId}{$suffix}";
    }

    public function load(string $memberId): ?array
    {
        $text = @file_get_contents($this->path($memberId, '.json'));
        if ($text === false) {
            return null;
        }
        return json_decode($text, true, 8, JSON_THROW_ON_ERROR);
    }

    public function save(string $memberId, #[\SensitiveParameter] array $tokens): void
    {
        $path = $this->path($memberId, '.json');
        $tmp = $path . '.' . bin2hex(random_bytes(6)) . '.tmp';
        if (file_put_contents($tmp, json_encode($tokens, JSON_THROW_ON_ERROR)) === false || !chmod($tmp, 0600)
                || !rename($tmp, $path)) {
            @unlink($tmp);
            throw new RuntimeException('cannot write the tokens of one portal');
        }
    }

    public function delete(string $memberId): void
    {
        @unlink($this->path($memberId, '.json'));
    }

    public function lock(string $memberId, float $timeout): bool
    {
        $fp = fopen($this->path($memberId, '.lock'), 'c');
        if ($fp === false) {
            throw new RuntimeException('cannot open the lock file');
        }
        $until = microtime(true) + $timeout;
        while (!flock($fp, LOCK_EX | LOCK_NB)) {
            if (microtime(true) >= $until) {
                fclose($fp);
                return false;
            }
            usleep(5000);
        }
        $this->held[$memberId] = $fp;
        return true;
    }

    public function unlock(string $memberId): void
    {
        if (isset($this->held[$memberId])) {
            flock($this->held[$memberId], LOCK_UN);
            fclose($this->held[$memberId]);
            unset($this->held[$memberId]);
        }
    }
}
