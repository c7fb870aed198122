<?php

declare(strict_types=1);

namespace B24Emu\Launcher;

/** Free loopback TCP ports, chosen by the kernel. */
final class Ports
{
    /** @return list<int> */
    public static function free(int $count): array
    {
        $sockets = [];
        $ports = [];
        for ($i = 0; $i < $count; $i++) {
            $server = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
            if ($server === false) {
                throw new \RuntimeException("cannot pick a free port: $error");
            }
            $name = (string)stream_socket_get_name($server, false);
            $ports[] = (int)substr($name, strrpos($name, ':') + 1);
            $sockets[] = $server;
        }
        foreach ($sockets as $server) {
            fclose($server);
        }
        return $ports;
    }
}
