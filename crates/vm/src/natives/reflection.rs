//! `jdk.internal.reflect.Reflection` and `java.security.AccessController`: caller lookup and
//! (absent, as in a VM without a security manager) access-control contexts.

use super::{nothing, Registry};
use crate::mirror::{class_of_mirror, mirror};
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};

pub(crate) fn register(r: &mut Registry) {
    let ac = "java/security/AccessController";
    r.add(
        ac,
        "getStackAccessControlContext",
        "()Ljava/security/AccessControlContext;",
        |_, _| Ok(0),
    );
    r.add(
        ac,
        "getInheritedAccessControlContext",
        "()Ljava/security/AccessControlContext;",
        |_, _| Ok(0),
    );
    r.add(
        ac,
        "getProtectionDomain",
        "(Ljava/lang/Class;)Ljava/security/ProtectionDomain;",
        |_, _| Ok(0),
    );
    r.add(
        ac,
        "ensureMaterializedForStackWalk",
        "(Ljava/lang/Object;)V",
        nothing,
    );
    let rf = "jdk/internal/reflect/Reflection";
    r.add(
        rf,
        "getCallerClass",
        "()Ljava/lang/Class;",
        get_caller_class,
    );
    r.add(rf, "getClassAccessFlags", "(Ljava/lang/Class;)I", |_, a| {
        Ok(Ref::from_bits(a[0])
            .and_then(class_of_mirror)
            .map_or(0, |c| c.access_flags as u64))
    });
    r.add(
        rf,
        "areNestMates",
        "(Ljava/lang/Class;Ljava/lang/Class;)Z",
        |_, a| {
            let (x, y) = (
                Ref::from_bits(a[0]).and_then(class_of_mirror),
                Ref::from_bits(a[1]).and_then(class_of_mirror),
            );
            Ok(match (x, y) {
                (Some(x), Some(y)) => {
                    (x.nest_host_name() == y.nest_host_name() && x.loader == y.loader) as u64
                }
                _ => 0,
            })
        },
    );
}

/// The class of the method that called the `@CallerSensitive` method that called this, skipping
/// reflection's own frames (`Method.invoke` and its accessors).
fn get_caller_class(thread: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    // Frames, innermost first: getCallerClass (native), the caller-sensitive method, its caller.
    let caller = thread
        .frames
        .iter()
        .rev()
        .skip(2)
        .map(|f| f.method)
        .find(|m| !m.hidden && !is_reflection_frame(m.class().name.as_ref(), m.name))
        .map(|m| m.class());
    match caller {
        Some(c) => Ok(mirror(thread, c)?.to_bits()),
        None => Ok(0),
    }
}

fn is_reflection_frame(class: &str, method: &str) -> bool {
    (class == "java/lang/reflect/Method" && method == "invoke")
        || class.starts_with("jdk/internal/reflect/")
        || (class == "java/lang/invoke/MethodHandle" && method.starts_with("invoke"))
}
