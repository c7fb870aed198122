<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/** Renders conf/*.in files: every @NAME@ is replaced; an unknown placeholder is an error. */
final class Templates
{
    /** @param array<string, string> $values */
    public static function render(string $template, string $target, array $values): void
    {
        $text = (string)file_get_contents($template);
        $text = (string)preg_replace_callback('/@([A-Z_]+)@/', static function (array $m) use ($values, $template): string {
            if (!array_key_exists($m[1], $values)) {
                throw new \RuntimeException("no value for @{$m[1]}@ in $template");
            }
            return $values[$m[1]];
        }, $text);
        file_put_contents($target, $text);
    }
}
