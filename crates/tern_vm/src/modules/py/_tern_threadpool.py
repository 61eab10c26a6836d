"""tern's ThreadPoolExecutor: tern runs one thread at a time (see _thread),
so pool worker threads, which wait on a queue for work, would wait forever.
Instead each call runs in the submitting thread, inside submit(), and
submit() returns a finished future. Results, exceptions, callbacks,
map() and as_completed() behave as under CPython; only the moment the
work runs differs. patch() is applied when concurrent.futures.thread is
imported.
"""


def patch(mod):
    from concurrent.futures import _base

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, mod._global_shutdown_lock:
            if self._broken:
                raise mod.BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if mod._shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
        future = _base.Future()
        if self._initializer is not None and not getattr(self, '_tern_initialized', False):
            # A worker runs the initializer once before its first task.
            self._tern_initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                self._broken = ('A thread initializer failed, the thread pool '
                                'is not usable anymore')
                future.set_exception(mod.BrokenThreadPool(self._broken))
                return future
        # Run with no lock held: the work may submit more work.
        mod._WorkItem(future, fn, args, kwargs).run()
        return future

    submit.__doc__ = _base.Executor.submit.__doc__
    mod.ThreadPoolExecutor.submit = submit
